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
//
// Every read can fail (ErrorCode::StoreRead): a read that could not be made
// is an error, never "no records", so the engine fails the request closed
// (FailureLatchingStore). Writes fail with ErrorCode::StoreWrite.
class DataStore : public SessionLookup
{
public:
    virtual ~DataStore() = default;

    virtual Result<> begin() = 0;
    virtual Result<> commit() = 0;
    virtual void rollback() = 0;

    // In creation order.
    virtual Result<QList<Record>> recordsOfType(const QString &type) const = 0;
    // None when no record has the id.
    virtual Result<std::optional<Record>> record(const QString &id) const = 0;
    Result<QString> userEmail(const QString &userId) const override
    {
        const Result<std::optional<Record>> user = record(userId);
        if (!user)
            return user.error();
        return user.value() ? user.value()->values.value(QStringLiteral("email")).toString()
                            : QString();
    }
    virtual Result<> insert(const Record &record) = 0;
    virtual Result<> update(const Record &record) = 0;
    virtual Result<> remove(const QString &id) = 0;

    Result<bool> userExists(const QString &userId) const override
    {
        const Result<std::optional<Record>> user = record(userId);
        if (!user)
            return user.error();
        return user.value() && user.value()->type == DataType::userTypeName();
    }

    virtual Result<> insertSession(const Session &session) = 0;
    virtual Result<> touchSession(const QByteArray &secretHash, const QDateTime &when) = 0;
    // Revokes every session of the user when `secretHash` is empty.
    virtual Result<> revokeSessions(const QString &userId, const QByteArray &secretHash,
                                    const QDateTime &when) = 0;
    Result<> revokeSession(const QByteArray &secretHash, const QDateTime &when)
    {
        if (secretHash.isEmpty())
            return Error{QStringLiteral("no session named"), ErrorCode::InvalidInput};
        return revokeSessions(QString(), secretHash, when);
    }
    Result<> revokeSessionsOf(const QString &userId, const QDateTime &when)
    {
        return revokeSessions(userId, QByteArray(), when);
    }
    // Ends every credential of the user made until `when`: its project user
    // tokens stop authenticating (sessions are revoked with revokeSessions).
    virtual Result<> endCredentials(const QString &userId, const QDateTime &when) = 0;

    // The sessions of a user that are not revoked, oldest first, with their
    // created, expires and last-used dates (expired ones too: the caller
    // decides with CredentialState). For the token manager's sessions list.
    virtual Result<QList<Session>> sessionsOf(const QString &userId) const = 0;

    // A project token (the token manager's) was used: its last use is live
    // data, kept apart from the token's definition so a save never undoes it.
    virtual Result<> touchToken(const QByteArray &secretHash, const QDateTime &when) = 0;
    // None when it was never used.
    virtual Result<std::optional<QDateTime>> tokenLastUsed(const QByteArray &secretHash) const = 0;

    virtual Result<> appendEmail(const OutboxEmail &email) = 0;
    virtual Result<QList<OutboxEmail>> outbox() const = 0;
    virtual Result<> appendScheduledRun(const ScheduledRun &run) = 0;
    virtual Result<> updateScheduledRun(const ScheduledRun &run) = 0;
    // Every run ever scheduled, in the order they were made: for people.
    virtual Result<QList<ScheduledRun>> scheduledRuns() const = 0;
    // The pending runs due at `now`, in the order they were made: what every
    // API request asks, so a store answers it without reading finished runs.
    virtual Result<QList<ScheduledRun>> dueScheduledRuns(const QDateTime &now) const = 0;
};

} // namespace gatehouse
