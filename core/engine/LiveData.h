#pragma once

#include "Credential.h"

#include "model/Token.h"
#include "model/Workflow.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gatehouse {

// A user session minted by "Log the user in" or "Sign the user up": the
// hash of its secret and its lifetime. The secret went to the caller once.
struct Session
{
    QByteArray secretHash;
    Credential credential; // source Session, kind User
};

// An e-mail a workflow sent; kept in the local outbox, never delivered.
struct OutboxEmail
{
    QDateTime sent;
    QString workflow;
    QString to;
    QString subject;
    QString body;

    bool operator==(const OutboxEmail &) const = default;
};

// A run of a workflow that another one scheduled.
struct ScheduledRun
{
    QString id;
    QString workflow;
    QDateTime scheduledFor;
    QJsonObject parameters;
    QString userId;       // who scheduled it; the run acts as them
    bool byAdmin = false; // scheduled by an admin token: the run acts as admin
    TokenScopes scopes;   // the scheduler's: a ceiling on the run too
    QString status;       // "pending", "done", "failed: <reason>"
    // The workflow as it was when scheduled, which the run runs (Bubble's
    // snapshot); none for a run recorded before Gatehouse kept it.
    std::optional<Workflow> definition;
    QString definitionProblem; // why a stored definition could not be read

    bool operator==(const ScheduledRun &) const = default;

    bool isPending() const { return status == QLatin1String("pending"); }
    bool isDueAt(const QDateTime &now) const { return isPending() && !(scheduledFor > now); }
};

} // namespace gatehouse
