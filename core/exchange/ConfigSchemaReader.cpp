#include "ConfigSchemaReader.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QStringList fieldKindIds()
{
    QStringList ids;
    for (FieldKind kind : {FieldKind::Text, FieldKind::Number, FieldKind::YesNo, FieldKind::Date,
                           FieldKind::File, FieldKind::Reference})
        ids.append(fieldKindId(kind));
    return ids;
}

QStringList actionKindIds()
{
    QStringList ids;
    for (const ActionKindInfo &info : ActionKindInfo::all())
        ids.append(info.id);
    return ids;
}

std::optional<ActionKind> actionKindFromId(const QString &id)
{
    return ActionKindInfo::fromId(id);
}
} // namespace

DataType ConfigSchemaReader::dataType(const QJsonValue &value, const QString &path,
                                      ReadErrors &errors)
{
    JsonObjectReader object(value, path,
                            {u"name"_s, u"fields"_s, u"privacyRules"_s, u"everyoneElse"_s}, errors);
    DataType type;
    object.read(u"name"_s, type.name);
    object.forEach(u"fields"_s, [&](const QJsonValue &item, const QString &itemPath) {
        type.fields.append(field(item, itemPath, errors));
    });
    object.forEach(
        u"privacyRules"_s,
        [&](const QJsonValue &item, const QString &itemPath) {
            type.privacyRules.append(privacyRule(item, itemPath, errors));
        },
        Presence::Optional);
    if (object.has(u"everyoneElse"_s))
        type.everyoneElse =
            permissions(object.child(u"everyoneElse"_s), object.pathOf(u"everyoneElse"_s), errors);
    return type;
}

Field ConfigSchemaReader::field(const QJsonValue &value, const QString &path, ReadErrors &errors)
{
    JsonObjectReader object(value, path, {u"name"_s, u"type"_s, u"referencedType"_s, u"list"_s},
                            errors);
    Field field;
    object.read(u"name"_s, field.name);
    readFieldType(object, field.type);
    return field;
}

void ConfigSchemaReader::readFieldType(JsonObjectReader &object, FieldType &type)
{
    static const QStringList kinds = fieldKindIds();
    object.readId(u"type"_s, type.kind, &fieldKindFromId, kinds);
    const bool isReference = type.kind == FieldKind::Reference && object.has(u"type"_s);
    object.read(u"referencedType"_s, type.referencedType,
                isReference ? Presence::Required : Presence::Optional);
    object.read(u"list"_s, type.isList, Presence::Optional);
}

PrivacyRule ConfigSchemaReader::privacyRule(const QJsonValue &value, const QString &path,
                                            ReadErrors &errors)
{
    JsonObjectReader object(value, path, {u"name"_s, u"condition"_s, u"permissions"_s}, errors);
    PrivacyRule rule;
    object.read(u"name"_s, rule.name);
    object.read(u"condition"_s, rule.condition);
    rule.permissions =
        permissions(object.child(u"permissions"_s), object.pathOf(u"permissions"_s), errors);
    return rule;
}

// Every permission is optional and defaults to "not granted", so a key left
// out never opens anything.
PrivacyPermissions ConfigSchemaReader::permissions(const QJsonValue &value, const QString &path,
                                                   ReadErrors &errors)
{
    static const QStringList keys{
        u"viewAllFields"_s,     u"viewableFields"_s,   u"findInSearches"_s,
        u"viewAttachedFiles"_s, u"allowAutoBinding"_s, u"autoBindingFields"_s,
        u"createViaApi"_s,      u"modifyViaApi"_s,     u"deleteViaApi"_s};
    PrivacyPermissions p;
    if (value.isUndefined())
        return p;
    JsonObjectReader object(value, path, keys, errors);
    const Presence optional = Presence::Optional;
    object.read(u"viewAllFields"_s, p.viewAllFields, optional);
    object.read(u"viewableFields"_s, p.viewableFields, optional);
    object.read(u"findInSearches"_s, p.findInSearches, optional);
    object.read(u"viewAttachedFiles"_s, p.viewAttachedFiles, optional);
    object.read(u"allowAutoBinding"_s, p.allowAutoBinding, optional);
    object.read(u"autoBindingFields"_s, p.autoBindingFields, optional);
    object.read(u"createViaApi"_s, p.createViaApi, optional);
    object.read(u"modifyViaApi"_s, p.modifyViaApi, optional);
    object.read(u"deleteViaApi"_s, p.deleteViaApi, optional);
    return p;
}

Workflow ConfigSchemaReader::workflow(const QJsonValue &value, const QString &path,
                                      ReadErrors &errors)
{
    static const QStringList keys{u"name"_s,
                                  u"description"_s,
                                  u"exposed"_s,
                                  u"authentication"_s,
                                  u"ignorePrivacyRules"_s,
                                  u"method"_s,
                                  u"parameterSource"_s,
                                  u"parameters"_s,
                                  u"condition"_s,
                                  u"return200IfConditionNotMet"_s,
                                  u"actions"_s};
    static const QStringList authModes{authModeId(AuthMode::NoneRequired),
                                       authModeId(AuthMode::UserAndAdmin),
                                       authModeId(AuthMode::AdminOnly)};
    static const QStringList methods{httpMethodId(HttpMethod::Post), httpMethodId(HttpMethod::Get)};
    static const QStringList sources{parameterSourceId(ParameterSource::Body),
                                     parameterSourceId(ParameterSource::Querystring)};
    const Presence optional = Presence::Optional;
    JsonObjectReader object(value, path, keys, errors);
    Workflow w;
    object.read(u"name"_s, w.name);
    object.read(u"description"_s, w.description, optional);
    object.read(u"exposed"_s, w.exposed);
    object.readId(u"authentication"_s, w.authentication, &authModeFromId, authModes);
    object.read(u"ignorePrivacyRules"_s, w.ignorePrivacyRules, optional);
    object.readId(u"method"_s, w.method, &httpMethodFromId, methods, optional);
    object.readId(u"parameterSource"_s, w.parameterSource, &parameterSourceFromId, sources,
                  optional);
    object.forEach(
        u"parameters"_s,
        [&](const QJsonValue &item, const QString &itemPath) {
            w.parameters.append(parameter(item, itemPath, errors));
        },
        optional);
    object.read(u"condition"_s, w.condition, optional);
    object.read(u"return200IfConditionNotMet"_s, w.return200IfConditionNotMet, optional);
    object.forEach(
        u"actions"_s,
        [&](const QJsonValue &item, const QString &itemPath) {
            w.actions.append(action(item, itemPath, errors));
        },
        optional);
    return w;
}

Parameter ConfigSchemaReader::parameter(const QJsonValue &value, const QString &path,
                                        ReadErrors &errors)
{
    JsonObjectReader object(
        value, path, {u"key"_s, u"type"_s, u"referencedType"_s, u"list"_s, u"optional"_s}, errors);
    Parameter parameter;
    object.read(u"key"_s, parameter.key);
    readFieldType(object, parameter.type);
    object.read(u"optional"_s, parameter.optional, Presence::Optional);
    return parameter;
}

Action ConfigSchemaReader::action(const QJsonValue &value, const QString &path, ReadErrors &errors)
{
    static const QStringList kinds = actionKindIds();
    const Presence optional = Presence::Optional;
    JsonObjectReader object(
        value, path,
        {u"kind"_s, u"condition"_s, u"dataType"_s, u"target"_s, u"workflow"_s, u"assignments"_s},
        errors);
    Action action;
    object.readId(u"kind"_s, action.kind, &actionKindFromId, kinds);
    object.read(u"condition"_s, action.condition, optional);
    object.read(u"dataType"_s, action.dataType, optional);
    object.read(u"target"_s, action.target, optional);
    object.read(u"workflow"_s, action.workflow, optional);
    object.forEach(
        u"assignments"_s,
        [&](const QJsonValue &item, const QString &itemPath) {
            action.assignments.append(assignment(item, itemPath, errors));
        },
        optional);
    return action;
}

Assignment ConfigSchemaReader::assignment(const QJsonValue &value, const QString &path,
                                          ReadErrors &errors)
{
    JsonObjectReader object(value, path, {u"key"_s, u"value"_s}, errors);
    Assignment assignment;
    object.read(u"key"_s, assignment.key);
    object.read(u"value"_s, assignment.value);
    return assignment;
}

} // namespace gatehouse
