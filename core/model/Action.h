#pragma once

#include "ActionKind.h"

#include <QList>
#include <QString>

namespace gatehouse {

// A key and the expression that gives its value: a field to set, a key to
// return, a parameter to pass, or one of a kind's fixed inputs (email, ...).
struct Assignment
{
    QString key;
    QString value; // an expression

    bool operator==(const Assignment &) const = default;
};

// One step of a workflow. Which members a step uses depends on its kind; see
// ActionKindInfo.
struct Action
{
    ActionKind kind = ActionKind::ReturnData;
    QString condition; // "only when"; empty runs always
    QString dataType;  // create, make changes, delete
    QString target;    // an expression: the thing, the list, or the scheduled date
    QString workflow;  // schedule another workflow
    QList<Assignment> assignments;

    bool operator==(const Action &) const = default;

    const ActionKindInfo &info() const { return ActionKindInfo::of(kind); }
    QString assignmentValue(const QString &key) const;
};

} // namespace gatehouse
