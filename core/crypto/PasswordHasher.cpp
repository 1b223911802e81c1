#include "PasswordHasher.h"

#include "Sodium.h"

#include <sodium.h>

#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
std::atomic<int> s_verifications{0};
std::atomic<int> s_running{0};
std::atomic<int> s_mostAtOnce{0};

QSemaphore &hashSlots()
{
    static QSemaphore semaphore(PasswordHasher::concurrencyBound());
    return semaphore;
}

// Holds one of the slots for one hash or verification.
class HashSlot
{
public:
    HashSlot()
    {
        hashSlots().acquire();
        const int now = s_running.fetch_add(1) + 1;
        int most = s_mostAtOnce.load();
        while (now > most && !s_mostAtOnce.compare_exchange_weak(most, now)) {
        }
    }
    ~HashSlot()
    {
        s_running.fetch_sub(1);
        hashSlots().release();
    }
    HashSlot(const HashSlot &) = delete;
    HashSlot &operator=(const HashSlot &) = delete;
};
} // namespace

int PasswordHasher::concurrencyBound()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

int PasswordHasher::runningNow()
{
    return s_running.load();
}

int PasswordHasher::mostAtOnce()
{
    return s_mostAtOnce.load();
}

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
    const HashSlot slot;
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
    const HashSlot slot;
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::looksLikeHash(const QByteArray &text)
{
    return text.startsWith("$argon2id$") && text.size() < crypto_pwhash_STRBYTES;
}

} // namespace gatehouse
