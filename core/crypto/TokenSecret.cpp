#include "TokenSecret.h"

#include "Sodium.h"

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString TokenSecret::kindPrefix(TokenKind kind)
{
    return kind == TokenKind::Admin ? u"gh_adm_"_s : u"gh_usr_"_s;
}

IssuedSecret TokenSecret::issue(TokenKind kind)
{
    Sodium::ensureInitialised();
    QByteArray random(32, '\0');
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    const QString body = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(random.data(), static_cast<size_t>(random.size()));
    IssuedSecret issued;
    issued.secret = kindPrefix(kind) + body;
    issued.prefix = prefixOf(issued.secret);
    issued.hash = hashOf(issued.secret);
    return issued;
}

QByteArray TokenSecret::hashOf(const QString &secret)
{
    Sodium::ensureInitialised();
    const QByteArray utf8 = secret.toUtf8();
    QByteArray digest(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()),
                       static_cast<size_t>(digest.size()),
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()), nullptr, 0);
    return digest.toHex();
}

bool TokenSecret::hashesEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString TokenSecret::prefixOf(const QString &secret)
{
    return secret.left(visiblePrefixLength);
}

} // namespace gatehouse
