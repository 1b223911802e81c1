#include "Workflow.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

const Parameter *Workflow::findParameter(const QString &key) const
{
    for (const Parameter &parameter : parameters) {
        if (parameter.key == key)
            return &parameter;
    }
    return nullptr;
}

QString authModeId(AuthMode mode)
{
    switch (mode) {
    case AuthMode::NoneRequired:
        return u"none_required"_s;
    case AuthMode::UserAndAdmin:
        return u"user_and_admin"_s;
    case AuthMode::AdminOnly:
        return u"admin_only"_s;
    }
    return {};
}

QString authModeDisplayName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::NoneRequired:
        return u"None required"_s;
    case AuthMode::UserAndAdmin:
        return u"User and admin"_s;
    case AuthMode::AdminOnly:
        return u"Admin only"_s;
    }
    return {};
}

std::optional<AuthMode> authModeFromId(const QString &id)
{
    for (AuthMode mode : {AuthMode::NoneRequired, AuthMode::UserAndAdmin, AuthMode::AdminOnly}) {
        if (authModeId(mode) == id)
            return mode;
    }
    return std::nullopt;
}

QString httpMethodId(HttpMethod method)
{
    return method == HttpMethod::Get ? u"GET"_s : u"POST"_s;
}

std::optional<HttpMethod> httpMethodFromId(const QString &id)
{
    if (id == u"GET"_s)
        return HttpMethod::Get;
    if (id == u"POST"_s)
        return HttpMethod::Post;
    return std::nullopt;
}

QString parameterSourceId(ParameterSource source)
{
    return source == ParameterSource::Querystring ? u"querystring"_s : u"body"_s;
}

std::optional<ParameterSource> parameterSourceFromId(const QString &id)
{
    if (id == u"body"_s)
        return ParameterSource::Body;
    if (id == u"querystring"_s)
        return ParameterSource::Querystring;
    return std::nullopt;
}

} // namespace gatehouse
