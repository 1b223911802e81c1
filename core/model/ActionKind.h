#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

enum class ActionKind
{
    CreateThing,
    MakeChanges,
    MakeChangesToList,
    DeleteThing,
    DeleteList,
    LogIn,
    SignUp,
    LogOut,
    SendEmail,
    ScheduleWorkflow,
    ReturnData,
    Terminate,
};

// What each kind of action uses, so that the validator, the config format and
// the property panel all read one table.
struct ActionKindInfo
{
    ActionKind kind;
    QString id;            // stable identifier in files: "create_thing", ...
    QString displayName;   // "Create a new thing", as Bubble names it
    bool usesDataType;     // create, make changes, delete
    QString targetLabel;   // what `target` means for this kind; empty if unused
    bool usesWorkflow;     // schedule another workflow
    bool freeAssignments;  // the builder chooses the keys (fields, returned keys, parameters)
    QStringList fixedKeys; // the keys this kind takes when not free
    QStringList requiredKeys;

    static const QList<ActionKindInfo> &all();
    static const ActionKindInfo &of(ActionKind kind);
    static std::optional<ActionKind> fromId(const QString &id);
};

} // namespace gatehouse
