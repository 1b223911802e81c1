#pragma once

#include "DataStore.h"
#include "EngineRequest.h"
#include "Trace.h"

#include "model/Result.h"

#include <QList>
#include <QString>

namespace gatehouse {

// The passwords a Data API request sets, hashed after its changes commit.
// A hash costs tens of milliseconds on purpose; done inside the request's
// transaction, a thousand of them held the live data's write lock for a
// minute and every other writer timed out. Until its hash is stored, a user
// whose password is being set holds a placeholder that no password matches.
class PendingPasswords
{
public:
    // A password for the record `recordId`, which this request creates or
    // whose hash was `previousHash`: the placeholder to keep in its hash
    // until the real one is stored.
    QByteArray add(const QString &recordId, const QString &password, const QByteArray &previousHash,
                   bool created);
    bool isEmpty() const { return m_pending.isEmpty(); }
    qsizetype size() const { return m_pending.size(); }

    // Hashes each password with no transaction open, then stores the
    // hashes in one short one. A record changed meanwhile by another
    // request (deleted, or given another password) keeps that change: only
    // a record that still holds this request's placeholder gets its hash. The
    // error says what is left: users who cannot log in until a password is
    // set again. When the hashes cannot be stored (the server stops, the
    // store fails), what the request did to passwords is taken back: a user
    // it created is deleted, a changed password is the old one again.
    Result<> storeAfterCommit(DataStore &store, const EngineRequest &request, Trace &trace);

private:
    struct Pending
    {
        QString recordId;
        QString password;
        QByteArray placeholder;
        QByteArray previousHash;
        bool created = false;
    };
    struct Hashed
    {
        QString recordId;
        QByteArray placeholder;
        QByteArray hash;
    };

    Result<QList<Hashed>> hashAll(const EngineRequest &request) const;
    static Result<int> store(DataStore &store, const QList<Hashed> &hashed);
    Result<> takeBack(DataStore &store) const;
    Result<> takeBackOne(DataStore &store, const Pending &pending) const;

    QList<Pending> m_pending;
};

} // namespace gatehouse
