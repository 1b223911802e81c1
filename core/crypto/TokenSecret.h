#pragma once

#include "model/Token.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// A freshly made token secret: shown once to the person who asked for it,
// then only its hash and visible prefix are kept.
struct IssuedSecret
{
    QString secret;  // e.g. "gh_adm_" + 43 url-safe base64 characters
    QString prefix;  // the first characters, safe to show and log
    QByteArray hash; // hex BLAKE2b-256 of the secret
};

// Secrets from libsodium's CSPRNG, with a recognisable prefix so a leaked one
// is easy to spot in logs and by secret scanners; hashed with BLAKE2b (a
// 256-bit random secret needs no slow hash) and compared in constant time.
class TokenSecret
{
public:
    static IssuedSecret issue(TokenKind kind);
    static QByteArray hashOf(const QString &secret);
    static bool hashesEqual(const QByteArray &a, const QByteArray &b);
    static QString prefixOf(const QString &secret);
    static QString kindPrefix(TokenKind kind); // "gh_adm_" or "gh_usr_"
    static constexpr int visiblePrefixLength = 11;
};

} // namespace gatehouse
