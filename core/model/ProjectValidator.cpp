#include "ProjectValidator.h"

#include "AcceptedFindingValidator.h"
#include "NameRules.h"
#include "RecordValidator.h"
#include "SavedRequestValidator.h"
#include "WorkflowValidator.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

void addError(Diagnostics &out, const QString &code, const QString &location,
              const QString &message, const QString &help)
{
    Diagnostic d;
    d.code = code;
    d.location = location;
    d.message = message;
    d.help = help;
    out.append(d);
}

QString quoted(const QString &text)
{
    return u'`' + text + u'`';
}

Diagnostics ProjectValidator::validate(const Project &project)
{
    Diagnostics out;
    if (project.name.trimmed().isEmpty())
        addError(out, u"empty-name"_s, u"project"_s, u"the project has no name"_s);
    // Every check looks names up: by hash, so validation stays linear.
    const ProjectIndex index(project);
    checkSettings(index, out);
    checkDataTypes(index, out);
    WorkflowValidator::validate(index, out);
    checkTokens(index, out);
    RecordValidator::validate(index, out);
    SavedRequestValidator::validate(index, out);
    AcceptedFindingValidator::validate(project, out);
    return out;
}

QString ProjectValidator::firstError(const Project &project)
{
    for (const Diagnostic &d : validate(project)) {
        if (d.isError())
            return d.toString();
    }
    return {};
}

void ProjectValidator::checkSettings(const ProjectIndex &project, Diagnostics &out)
{
    const ProjectSettings &s = project.project().settings;
    const QString where = u"settings"_s;
    QSet<QString> seen;
    for (const QString &typeName : s.dataApiTypes) {
        if (!project.findDataType(typeName))
            addError(out, u"dangling-reference"_s, where,
                     u"the Data API exposes %1, which is not a data type"_s.arg(quoted(typeName)));
        if (seen.contains(typeName))
            addError(out, u"duplicate-name"_s, where,
                     u"the Data API lists %1 twice"_s.arg(quoted(typeName)));
        seen.insert(typeName);
    }
    if (s.userTokenLifetimeSeconds <= 0 || s.stayLoggedInLifetimeSeconds <= 0 ||
        s.userTokenInactivitySeconds <= 0)
        addError(out, u"out-of-range"_s, where, u"user token lifetimes must be positive"_s);
    if (s.tokenReviewIntervalDays <= 0)
        addError(out, u"out-of-range"_s, where, u"the token review interval must be positive"_s);
    if (s.limits.maxBodyBytes <= 0)
        addError(out, u"out-of-range"_s, where, u"the body size limit must be positive"_s);
    if (s.limits.requestsPerMinutePerToken < 0 || s.limits.requestsPerMinutePerWorkflow < 0 ||
        s.limits.requestsPerMinutePerClient < 0 || s.limits.requestsPerMinutePerClientWorkflow < 0)
        addError(out, u"out-of-range"_s, where, u"rate limits cannot be negative"_s);
    if (s.limits.maxConnectionsPerClient <= 0)
        addError(out, u"out-of-range"_s, where,
                 u"the connections allowed a client must be at least one"_s);
    if (s.limits.headerTimeoutMs <= 0)
        addError(out, u"out-of-range"_s, where, u"the header deadline must be positive"_s);
    if (s.limits.minBodyBytesPerSecond < 0)
        addError(out, u"out-of-range"_s, where, u"the minimum body rate cannot be negative"_s);
    if (s.limits.requestLogSize <= 0)
        addError(out, u"out-of-range"_s, where, u"the request log size must be positive"_s);
}

void ProjectValidator::checkDataTypes(const ProjectIndex &project, Diagnostics &out)
{
    QSet<QString> apiNames;
    int users = 0;
    for (const DataType &type : project.project().dataTypes) {
        const QString where = u"data type "_s + quoted(type.name);
        if (!NameRules::isValidTypeOrFieldName(type.name))
            addError(out, u"invalid-name"_s, where,
                     u"a data type name must start with a letter "
                     "and hold only letters, digits, spaces and `_`"_s);
        if (apiNames.contains(type.apiName()))
            addError(out, u"duplicate-name"_s, where,
                     u"another data type already has this name (Data API name %1)"_s.arg(
                         quoted(type.apiName())));
        apiNames.insert(type.apiName());
        users += type.isUser() ? 1 : 0;
        checkDataType(project, type, out);
    }
    if (users == 0)
        addError(out, u"missing-user-type"_s, u"data types"_s,
                 u"the built-in data type `User` is missing"_s);
}

void ProjectValidator::checkDataType(const ProjectIndex &project, const DataType &type,
                                     Diagnostics &out)
{
    QSet<QString> names;
    for (const Field &field : type.fields) {
        const QString where =
            u"data type %1, field %2"_s.arg(quoted(type.name), quoted(field.name));
        if (!NameRules::isValidTypeOrFieldName(field.name) && field.name != u"email"_s)
            addError(out, u"invalid-name"_s, where,
                     u"a field name must start with a letter and "
                     "hold only letters, digits, spaces and `_`"_s);
        if (DataType::builtInFieldType(field.name))
            addError(out, u"reserved-name"_s, where, u"this name belongs to a built-in field"_s);
        if (names.contains(field.name))
            addError(out, u"duplicate-name"_s, where, u"the type has two fields of this name"_s);
        names.insert(field.name);
        if (field.type.kind == FieldKind::Reference &&
            !project.findDataType(field.type.referencedType))
            addError(out, u"dangling-reference"_s, where,
                     u"refers to data type %1, which does not exist"_s.arg(
                         quoted(field.type.referencedType)));
    }
    if (type.isUser()) {
        const Field *email = type.findField(u"email"_s);
        if (!email || email->type != FieldType::text())
            addError(out, u"missing-field"_s, u"data type `User`"_s,
                     u"the built-in text field `email` is missing"_s);
    }
    checkPrivacyRules(type, out);
}

void ProjectValidator::checkPrivacyRules(const DataType &type, Diagnostics &out)
{
    auto checkFields = [&](const QStringList &fields, const QString &where) {
        for (const QString &field : fields) {
            if (!type.findField(field) && !DataType::builtInFieldType(field))
                addError(out, u"dangling-reference"_s, where,
                         u"names field %1, which %2 does not have"_s.arg(quoted(field),
                                                                         quoted(type.name)));
        }
    };
    QSet<QString> names;
    for (const PrivacyRule &rule : type.privacyRules) {
        const QString where =
            u"data type %1, privacy rule %2"_s.arg(quoted(type.name), quoted(rule.name));
        if (rule.name.trimmed().isEmpty())
            addError(out, u"empty-name"_s, where, u"a privacy rule needs a name"_s);
        if (names.contains(rule.name))
            addError(out, u"duplicate-name"_s, where, u"the type has two rules of this name"_s);
        names.insert(rule.name);
        checkFields(rule.permissions.viewableFields, where);
        checkFields(rule.permissions.autoBindingFields, where);
    }
    const QString everyoneElse = u"data type %1, everyone else"_s.arg(quoted(type.name));
    checkFields(type.everyoneElse.viewableFields, everyoneElse);
    checkFields(type.everyoneElse.autoBindingFields, everyoneElse);
}

void ProjectValidator::checkTokens(const ProjectIndex &project, Diagnostics &out)
{
    QSet<QString> names;
    for (const Token &token : project.project().tokens) {
        const QString where = u"token "_s + quoted(token.name);
        if (token.name.trimmed().isEmpty())
            addError(out, u"empty-name"_s, where, u"a token needs a name"_s);
        if (names.contains(token.name))
            addError(out, u"duplicate-name"_s, where, u"two tokens have this name"_s);
        names.insert(token.name);
        if (token.kind == TokenKind::User) {
            const Record *user = project.findRecord(token.userId);
            if (!user || user->type != DataType::userTypeName())
                addError(out, u"dangling-reference"_s, where,
                         u"acts as user %1, who does not exist"_s.arg(quoted(token.userId)));
        } else if (!token.userId.isEmpty()) {
            addError(out, u"invalid-value"_s, where, u"an admin token acts as no user"_s);
        }
        for (const QString &workflow : token.scopes.workflows) {
            if (!project.findWorkflow(workflow))
                addError(
                    out, u"dangling-reference"_s, where,
                    u"its scope names workflow %1, which does not exist"_s.arg(quoted(workflow)));
        }
        for (const DataTypeScope &scope : token.scopes.dataTypes) {
            if (!project.findDataType(scope.dataType))
                addError(out, u"dangling-reference"_s, where,
                         u"its scope names data type %1, which does not exist"_s.arg(
                             quoted(scope.dataType)));
        }
    }
}

} // namespace gatehouse
