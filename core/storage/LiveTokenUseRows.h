#pragma once

#include "Database.h"

#include "model/Result.h"

#include <QDateTime>

#include <optional>

namespace gatehouse {

// A project token's last use in `live_token_uses`, kept apart from the
// token's definition so that a save of the document never undoes it.
class LiveTokenUseRows
{
public:
    explicit LiveTokenUseRows(Database &db) : m_db(db) {}

    Result<> touch(const QByteArray &secretHash, const QDateTime &when);
    // None when the token was never used.
    Result<std::optional<QDateTime>> lastUsed(const QByteArray &secretHash) const;

private:
    Database &m_db;
};

} // namespace gatehouse
