#pragma once

#include "SettingLocation.h"

#include "model/Project.h"
#include "model/Result.h"

#include <QDateTime>
#include <QStringList>

namespace gatehouse::audit {

// A fix described as data: one project edit the editor can apply as one
// undoable command (it wraps applyTo, a pure function), and the CLI can
// print. `target` is where the edit lands.
struct AuditFix
{
    enum class Kind
    {
        RequireUserAuthentication, // workflow: None required -> User and admin
        StopIgnoringPrivacyRules,  // workflow
        ReadParametersFromBody,    // workflow: body parameters, POST
        EveryoneElseNothing,       // data type: everyone else gets nothing
        HideFieldsFromEveryoneElse,
        StopEveryoneElseFiles,
        TurnOffSetting,    // settings: target.setting
        RemoveDataApiType, // data type
        RevokeToken,       // token, at `when`
        SetTokenExpiry,    // token, to `when`
        ResetUserTokenLifetimes,
        SetWorkflowRateLimit, // settings: `number` a minute
    };

    AuditFix() = default;
    AuditFix(Kind kind, SettingLocation target, QStringList fields = {}, QDateTime when = {},
             int number = 0)
        : kind(kind), target(std::move(target)), fields(std::move(fields)), when(std::move(when)),
          number(number)
    {
    }

    Kind kind = Kind::TurnOffSetting;
    SettingLocation target;
    QStringList fields; // HideFieldsFromEveryoneElse
    QDateTime when;     // RevokeToken, SetTokenExpiry
    int number = 0;     // SetWorkflowRateLimit

    bool operator==(const AuditFix &) const = default;

    // "Set the authentication of `x` to User and admin", for a button or a log.
    QString describe() const;
    // The project with the edit made; an error when the target is gone.
    Result<Project> applyTo(const Project &project) const;
};

} // namespace gatehouse::audit
