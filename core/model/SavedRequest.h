#pragma once

#include "PrincipalRef.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace gatehouse {

struct Project;

// A request kept in the project to be run again as a suite: what it calls,
// as whom (by reference, never a secret), with what, and what it expects.
struct SavedRequest
{
    enum class Target
    {
        Workflow,
        Data
    };
    // The Data API's operations, as the engine names them.
    enum class Operation
    {
        List,
        Get,
        Create,
        Modify,
        Replace,
        Delete,
        Bulk
    };

    QString name; // unique in the project
    Target target = Target::Workflow;
    QString workflow;                      // Target::Workflow
    QString dataType;                      // Target::Data
    Operation operation = Operation::List; // Target::Data
    QString recordId;                      // get, modify, replace, delete
    PrincipalRef principal;
    QJsonObject body;                         // empty: no body
    QList<std::pair<QString, QString>> query; // in order
    int expectedStatus = 200;
    // Dotted paths into the response body ("response.user_id") and the JSON
    // value expected there; empty: the status alone decides.
    QJsonObject expectedBody;

    bool operator==(const SavedRequest &) const = default;

    bool needsRecordId() const;
    // "GET", "POST", ... as the server expects it for this target; a
    // workflow's method comes from its definition in `project`.
    QByteArray method(const Project &project) const;
    // "/api/1.1/wf/signup", "/api/1.1/obj/order/123", without the query.
    QString path() const;
    // "workflow `signup`", "data type `order`: get".
    QString targetText() const;

    static QString operationId(Operation operation);
    static std::optional<Operation> operationFromId(const QString &id);
    static QStringList operationIds();
    static QString targetId(Target target);
    static std::optional<Target> targetFromId(const QString &id);
};

} // namespace gatehouse
