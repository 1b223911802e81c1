#pragma once

#include "LiveData.h"

#include "model/DataType.h"
#include "model/Record.h"
#include "model/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// The live data requests change: test records, user sessions, the outbox
// and scheduled runs. One request is one
// transaction: begin, then commit when every step succeeded, or roll back.
// The SQLite store commits before the response goes out; the memory store
// serves tests and side-effect-free questions.
class DataStore : public SessionLookup
{
public:
    virtual ~DataStore() = default;

    virtual Result<> begin() = 0;
    virtual Result<> commit() = 0;
    virtual void rollback() = 0;

    // In creation order.
    virtual QList<Record> recordsOfType(const QString &type) const = 0;
    virtual std::optional<Record> record(const QString &id) const = 0;
    QString userEmail(const QString &userId) const override
    {
        const std::optional<Record> user = record(userId);
        return user ? user->values.value(QStringLiteral("email")).toString() : QString();
    }
    virtual Result<> insert(const Record &record) = 0;
    virtual Result<> update(const Record &record) = 0;
    virtual Result<> remove(const QString &id) = 0;

    bool userExists(const QString &userId) const override
    {
        const auto user = record(userId);
        return user && user->type == DataType::userTypeName();
    }

    virtual Result<> insertSession(const Session &session) = 0;
    virtual Result<> touchSession(const QByteArray &secretHash, const QDateTime &when) = 0;
    // Revokes every session of the user when `secretHash` is empty.
    virtual Result<> revokeSessions(const QString &userId, const QByteArray &secretHash,
                                    const QDateTime &when) = 0;

    // A project token (the token manager's) was used: its last use is live
    // data, kept apart from the token's definition so a save never undoes it.
    virtual Result<> touchToken(const QByteArray &secretHash, const QDateTime &when) = 0;
    virtual std::optional<QDateTime> tokenLastUsed(const QByteArray &secretHash) const = 0;

    virtual Result<> appendEmail(const OutboxEmail &email) = 0;
    virtual QList<OutboxEmail> outbox() const = 0;
    virtual Result<> appendScheduledRun(const ScheduledRun &run) = 0;
    virtual Result<> updateScheduledRun(const ScheduledRun &run) = 0;
    virtual QList<ScheduledRun> scheduledRuns() const = 0;
};

} // namespace gatehouse
