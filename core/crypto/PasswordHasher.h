#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// User passwords, as libsodium's argon2id strings ("$argon2id$v=19$...").
// The password itself is never kept.
class PasswordHasher
{
public:
    static Result<QByteArray> hash(const QString &password);
    // Constant-time as libsodium makes it; false for any malformed hash.
    static bool verify(const QByteArray &hash, const QString &password);
    static bool looksLikeHash(const QByteArray &text);
    // How many argon2id verifications this process has run: lets a test see
    // that two refusals did the same work, without timing them.
    static int verificationsDone();
};

} // namespace gatehouse
