#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// User passwords, as libsodium's argon2id strings ("$argon2id$v=19$...").
// The password itself is never kept. Each hash or verification costs tens
// of milliseconds and 64 MiB on purpose; at most concurrencyBound() run at
// once in the process, the others wait, so a flood of them (a bulk create,
// wrong passwords from many clients) cannot take every core and the memory.
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
    // One less than the cores, and at least one: a core stays free for the
    // requests that hash nothing.
    static int concurrencyBound();
    // How many run now, and the most that ever ran at the same moment (for tests).
    static int runningNow();
    static int mostAtOnce();
};

} // namespace gatehouse
