#pragma once

#include "Action.h"
#include "Parameter.h"

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// Who may call an exposed workflow, as Bubble's Authentication dropdown says.
enum class AuthMode
{
    NoneRequired,
    UserAndAdmin,
    AdminOnly
};
enum class HttpMethod
{
    Post,
    Get
};
enum class ParameterSource
{
    Body,
    Querystring
};

// An API workflow: a named endpoint, its parameters, a condition and steps.
struct Workflow
{
    QString name; // the URL segment: unique and URL-safe
    QString description;
    bool exposed = true;
    AuthMode authentication = AuthMode::UserAndAdmin;
    bool ignorePrivacyRules = false;
    HttpMethod method = HttpMethod::Post;
    ParameterSource parameterSource = ParameterSource::Body;
    QList<Parameter> parameters;
    QString condition; // "only when"; empty runs always
    bool return200IfConditionNotMet = false;
    QList<Action> actions;

    bool operator==(const Workflow &) const = default;

    const Parameter *findParameter(const QString &key) const;
};

// Stable identifiers, as files write them, and names as the editor shows them.
QString authModeId(AuthMode mode);
QString authModeDisplayName(AuthMode mode);
std::optional<AuthMode> authModeFromId(const QString &id);
QString httpMethodId(HttpMethod method);
std::optional<HttpMethod> httpMethodFromId(const QString &id);
QString parameterSourceId(ParameterSource source);
std::optional<ParameterSource> parameterSourceFromId(const QString &id);

} // namespace gatehouse
