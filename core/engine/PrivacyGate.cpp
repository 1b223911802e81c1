#include "PrivacyGate.h"

#include "RecordValues.h"

#include "expr/ThisReferenceDepth.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

void PrivacyGate::unite(PrivacyPermissions &into, const PrivacyPermissions &from)
{
    if (from.viewAllFields) {
        into.viewAllFields = true;
    } else {
        for (const QString &field : from.viewableFields) {
            if (!into.viewableFields.contains(field))
                into.viewableFields.append(field);
        }
    }
    into.findInSearches |= from.findInSearches;
    into.viewAttachedFiles |= from.viewAttachedFiles;
    into.allowAutoBinding |= from.allowAutoBinding;
    into.createViaApi |= from.createViaApi;
    into.modifyViaApi |= from.modifyViaApi;
    into.deleteViaApi |= from.deleteViaApi;
}

bool RecordAccess::canView(const QString &field) const
{
    return permissions.viewAllFields || permissions.viewableFields.contains(field);
}

QString RecordAccess::describe() const
{
    if (bypassed)
        return u"privacy rules bypassed"_s;
    if (matchedRules.isEmpty())
        return u"everyone else"_s;
    QStringList quoted;
    for (const QString &rule : matchedRules)
        quoted << u'`' + rule + u'`';
    return (matchedRules.size() == 1 ? u"rule "_s : u"rules "_s) + quoted.join(u", "_s);
}

TraceRef RecordAccess::decidedBy(const QString &type) const
{
    if (bypassed || matchedRules.isEmpty())
        return TraceRef::type(type);
    return TraceRef::rule(type, matchedRules.first());
}

PrivacyGate::PrivacyGate(const Project &project, const RuleConditions &conditions)
    : m_project(project), m_conditions(conditions)
{
}

RecordAccess PrivacyGate::accessTo(const Record &record, const Principal &principal) const
{
    return accessTo(record, principal, PrivacyModes::forDataApi(principal));
}

RecordAccess PrivacyGate::accessTo(const Record &record, const Principal &principal,
                                   PrivacyMode mode) const
{
    RecordAccess access;
    if (PrivacyModes::bypasses(mode)) {
        access.permissions = PrivacyPermissions::everything();
        access.bypassed = true;
    } else {
        applyRules(record, principal, access);
    }
    // A token scoped away from private files sees no file, whatever the rules.
    if (!principal.scopes.privateFiles)
        access.permissions.viewAttachedFiles = false;
    return access;
}

void PrivacyGate::applyRules(const Record &record, const Principal &principal,
                             RecordAccess &access) const
{
    const DataType *type = m_project.findDataType(record.type);
    if (!type)
        return;
    for (const PrivacyRule &rule : type->privacyRules) {
        const RuleConditions::Verdict verdict =
            m_conditions.evaluate(rule, *type, record, principal);
        if (!verdict.error.isEmpty())
            access.errors << u"rule `%1`: %2"_s.arg(rule.name, verdict.error);
        // Fail closed: a condition that could not be decided grants nothing.
        if (verdict.holds && verdict.error.isEmpty()) {
            unite(access.permissions, grantedBy(rule));
            access.matchedRules << rule.name;
        }
    }
    if (access.matchedRules.isEmpty())
        access.permissions = type->everyoneElse;
}

PrivacyPermissions PrivacyGate::grantedBy(const PrivacyRule &rule) const
{
    PrivacyPermissions granted = rule.permissions;
    if (!granted.findInSearches)
        return granted;
    auto known = m_tooDeepToFind.constFind(rule.condition);
    if (known == m_tooDeepToFind.constEnd())
        known = m_tooDeepToFind.insert(rule.condition,
                                       expr::ThisReferenceDepth::of(rule.condition) > 1);
    if (*known)
        granted.findInSearches = false;
    return granted;
}

QJsonObject PrivacyGate::visibleThing(const Record &record, const RecordAccess &access) const
{
    QJsonObject thing;
    for (const QString &builtIn : DataType::builtInFieldNames()) {
        const QJsonValue value = RecordValues::valueOf(record, builtIn);
        if (!RecordValues::isEmpty(value))
            thing.insert(builtIn, value);
    }
    const DataType *type = m_project.findDataType(record.type);
    if (!type)
        return thing;
    for (const Field &field : type->fields) {
        if (shows(field, access) && record.values.contains(field.name))
            thing.insert(field.name, record.values.value(field.name));
    }
    return thing;
}

bool PrivacyGate::shows(const Field &field, const RecordAccess &access)
{
    return access.canView(field.name) &&
           (field.type.kind != FieldKind::File || access.permissions.viewAttachedFiles);
}

} // namespace gatehouse
