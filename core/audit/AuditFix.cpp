#include "AuditFix.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
Error missing(const SettingLocation &target)
{
    return Error{u"cannot apply the fix: %1 no longer exists"_s.arg(target.describe())};
}

bool *settingFlag(ProjectSettings &settings, const QString &name)
{
    if (name == u"workflowApiEnabled"_s)
        return &settings.workflowApiEnabled;
    if (name == u"dataApiEnabled"_s)
        return &settings.dataApiEnabled;
    if (name == u"swaggerEnabled"_s)
        return &settings.swaggerEnabled;
    if (name == u"tokensInQuerystring"_s)
        return &settings.tokensInQuerystring;
    return nullptr;
}

void hideFields(DataType &type, const QStringList &hidden)
{
    PrivacyPermissions &p = type.everyoneElse;
    if (p.viewAllFields) {
        p.viewAllFields = false;
        p.viewableFields.clear();
        for (const Field &field : type.fields)
            p.viewableFields << field.name;
    }
    for (const QString &field : hidden)
        p.viewableFields.removeAll(field);
}
} // namespace

QString AuditFix::describe() const
{
    switch (kind) {
    case Kind::RequireUserAuthentication:
        return u"Set the authentication of `%1` to User and admin"_s.arg(target.workflow);
    case Kind::StopIgnoringPrivacyRules:
        return u"Turn off Ignore privacy rules on `%1`"_s.arg(target.workflow);
    case Kind::ReadParametersFromBody:
        return u"Read the parameters of `%1` from the body (POST)"_s.arg(target.workflow);
    case Kind::EveryoneElseNothing:
        return u"Give everyone else nothing on `%1`"_s.arg(target.dataType);
    case Kind::HideFieldsFromEveryoneElse:
        return u"Hide %1 of `%2` from everyone else"_s.arg(fields.join(u", "_s), target.dataType);
    case Kind::StopEveryoneElseFiles:
        return u"Stop everyone else viewing attached files of `%1`"_s.arg(target.dataType);
    case Kind::TurnOffSetting:
        return u"Turn off the setting `%1`"_s.arg(target.setting);
    case Kind::RemoveDataApiType:
        return u"Stop exposing `%1` in the Data API"_s.arg(target.dataType);
    case Kind::RevokeToken:
        return u"Revoke token `%1`"_s.arg(target.token);
    case Kind::SetTokenExpiry:
        return u"Let token `%1` expire on %2"_s.arg(target.token, when.toString(Qt::ISODate));
    case Kind::ResetUserTokenLifetimes:
        return u"Reset user token lifetimes to 86,400 s and 31,536,000 s"_s;
    case Kind::SetWorkflowRateLimit:
        return u"Limit each workflow to %1 requests a minute"_s.arg(number);
    }
    return {};
}

Result<Project> AuditFix::applyTo(const Project &project) const
{
    Project fixed = project;
    const int w = fixed.indexOfWorkflow(target.workflow);
    const int t = fixed.indexOfDataType(target.dataType);
    const int k = fixed.indexOfToken(target.token);
    switch (kind) {
    case Kind::RequireUserAuthentication:
    case Kind::StopIgnoringPrivacyRules:
    case Kind::ReadParametersFromBody: {
        if (w < 0)
            return missing(target);
        Workflow &workflow = fixed.workflows[w];
        if (kind == Kind::RequireUserAuthentication)
            workflow.authentication = AuthMode::UserAndAdmin;
        else if (kind == Kind::StopIgnoringPrivacyRules)
            workflow.ignorePrivacyRules = false;
        else {
            workflow.parameterSource = ParameterSource::Body;
            workflow.method = HttpMethod::Post;
        }
        return fixed;
    }
    case Kind::EveryoneElseNothing:
    case Kind::HideFieldsFromEveryoneElse:
    case Kind::StopEveryoneElseFiles:
        if (t < 0)
            return missing(target);
        if (kind == Kind::EveryoneElseNothing)
            fixed.dataTypes[t].everyoneElse = PrivacyPermissions::nothing();
        else if (kind == Kind::HideFieldsFromEveryoneElse)
            hideFields(fixed.dataTypes[t], fields);
        else
            fixed.dataTypes[t].everyoneElse.viewAttachedFiles = false;
        return fixed;
    case Kind::TurnOffSetting:
        if (bool *flag = settingFlag(fixed.settings, target.setting)) {
            *flag = false;
            return fixed;
        }
        return missing(target);
    case Kind::RemoveDataApiType:
        fixed.settings.dataApiTypes.removeAll(target.dataType);
        return fixed;
    case Kind::RevokeToken:
    case Kind::SetTokenExpiry:
        if (k < 0 || !when.isValid())
            return missing(target);
        (kind == Kind::RevokeToken ? fixed.tokens[k].revoked : fixed.tokens[k].expires) = when;
        return fixed;
    case Kind::ResetUserTokenLifetimes: {
        const ProjectSettings defaults;
        fixed.settings.userTokenLifetimeSeconds = defaults.userTokenLifetimeSeconds;
        fixed.settings.stayLoggedInLifetimeSeconds = defaults.stayLoggedInLifetimeSeconds;
        return fixed;
    }
    case Kind::SetWorkflowRateLimit:
        fixed.settings.limits.requestsPerMinutePerWorkflow = number;
        return fixed;
    }
    return missing(target);
}

} // namespace gatehouse::audit
