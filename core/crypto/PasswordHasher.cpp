#include "PasswordHasher.h"

#include "Sodium.h"

#include <sodium.h>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
std::atomic<int> s_verifications{0};
} // namespace

int PasswordHasher::verificationsDone()
{
    return s_verifications.load(std::memory_order_relaxed);
}

Result<QByteArray> PasswordHasher::hash(const QString &password)
{
    if (!Sodium::ensureInitialised())
        return Error{u"libsodium could not start"_s};
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(
            out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{u"not enough memory to hash a password"_s};
    out.truncate(static_cast<qsizetype>(qstrlen(out.constData())));
    return out;
}

bool PasswordHasher::verify(const QByteArray &hash, const QString &password)
{
    if (!Sodium::ensureInitialised() || !looksLikeHash(hash))
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    s_verifications.fetch_add(1, std::memory_order_relaxed);
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::looksLikeHash(const QByteArray &text)
{
    return text.startsWith("$argon2id$") && text.size() < crypto_pwhash_STRBYTES;
}

} // namespace gatehouse
