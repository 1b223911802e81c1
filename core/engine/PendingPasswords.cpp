#include "PendingPasswords.h"

#include "crypto/PasswordHasher.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

QByteArray PendingPasswords::add(const QString &recordId, const QString &password,
                                 const QByteArray &previousHash, bool created)
{
    // Not an argon2id string, so PasswordHasher::verify refuses every
    // password against it; unique, so a later request's placeholder differs.
    const QByteArray placeholder =
        "pending:" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_pending.append({recordId, password, placeholder, previousHash, created});
    return placeholder;
}

Result<> PendingPasswords::storeAfterCommit(DataStore &store, const EngineRequest &request,
                                            Trace &trace)
{
    const QString subject = u"passwords"_s;
    const Result<QList<Hashed>> hashed = hashAll(request);
    Result<int> stored =
        hashed ? PendingPasswords::store(store, hashed.value()) : Result<int>(hashed.error());
    if (!stored) {
        const Result<> takenBack = takeBack(store);
        const QString what =
            takenBack ? u"the passwords were not stored (%1): the users this request created "
                        "were deleted again and the passwords it changed are as before"_s.arg(
                            stored.errorMessage())
                      : u"%1 user(s) were left without a password and cannot log in until one "
                        "is set: %2; taking the request back failed too: %3"_s.arg(
                            QString::number(m_pending.size()), stored.errorMessage(),
                            takenBack.errorMessage());
        trace.add(Stage::Action, Verdict::Failed, what, subject);
        return Error{what, stored.error().code};
    }
    trace.add(Stage::Action, Verdict::Passed,
              u"stored %1 password hash(es) after the commit, hashed without holding the "
              "live data's lock"_s.arg(stored.value()),
              subject);
    return {};
}

Result<QList<PendingPasswords::Hashed>>
PendingPasswords::hashAll(const EngineRequest &request) const
{
    QList<Hashed> hashed;
    hashed.reserve(m_pending.size());
    for (const Pending &pending : m_pending) {
        if (request.isServerStopping())
            return Error{u"the server stopped before the passwords were hashed"_s};
        auto hash = PasswordHasher::hash(pending.password);
        if (!hash)
            return hash.error();
        hashed.append({pending.recordId, pending.placeholder, hash.value()});
    }
    return hashed;
}

// A record whose hash is no longer this request's placeholder was changed by
// a later request: that change stands.
Result<int> PendingPasswords::store(DataStore &store, const QList<Hashed> &hashed)
{
    if (auto begun = store.begin(); !begun)
        return begun.error();
    int stored = 0;
    for (const Hashed &one : hashed) {
        const Result<std::optional<Record>> found = store.record(one.recordId);
        if (!found) {
            store.rollback();
            return found.error();
        }
        std::optional<Record> record = found.value();
        if (!record || record->passwordHash != one.placeholder)
            continue;
        record->passwordHash = one.hash;
        if (auto updated = store.update(*record); !updated) {
            store.rollback();
            return updated.error();
        }
        ++stored;
    }
    if (auto committed = store.commit(); !committed) {
        store.rollback();
        return committed.error();
    }
    return stored;
}

// Only what still holds this request's placeholder: a later change stands.
Result<> PendingPasswords::takeBack(DataStore &store) const
{
    if (auto begun = store.begin(); !begun)
        return begun;
    for (const Pending &pending : m_pending) {
        if (auto done = takeBackOne(store, pending); !done) {
            store.rollback();
            return done;
        }
    }
    if (auto committed = store.commit(); !committed) {
        store.rollback();
        return committed;
    }
    return {};
}

Result<> PendingPasswords::takeBackOne(DataStore &store, const Pending &pending) const
{
    const Result<std::optional<Record>> found = store.record(pending.recordId);
    if (!found)
        return found.error();
    std::optional<Record> record = found.value();
    if (!record || record->passwordHash != pending.placeholder)
        return {};
    if (pending.created)
        return store.remove(record->id);
    record->passwordHash = pending.previousHash;
    return store.update(*record);
}

} // namespace gatehouse
