#include "DataRemoval.h"

#include "DataReferences.h"
#include "ExpressionRenamer.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

namespace {

// The places DataReferences names that the removal takes away itself.
bool isRemovable(const QString &where)
{
    if (where.startsWith(u"data type "_s))
        return !where.contains(u", field "_s); // a privacy rule, not a reference field
    if (where.startsWith(u"workflow "_s))
        return where.contains(u", field "_s); // a step's field key, not an expression
    return where.startsWith(u"settings, "_s) || where.startsWith(u"token "_s) ||
           where.startsWith(u"test data"_s);
}

DataRemoval::Plan split(const QStringList &where, Project after)
{
    DataRemoval::Plan plan{std::move(after), {}, {}};
    for (const QString &place : where)
        (isRemovable(place) ? plan.removed : plan.blockers).append(place);
    return plan;
}

template <typename Names>
void removeRulesNaming(Project &project, const Project &before, Names names)
{
    for (int t = 0; t < before.dataTypes.size(); ++t) {
        const DataType &type = before.dataTypes.at(t);
        QList<PrivacyRule> &rules = project.dataTypes[t].privacyRules;
        rules.removeIf([&](const PrivacyRule &rule) {
            return names(CheckContext::privacyRule(type.name), rule.condition);
        });
    }
}

} // namespace

DataRemoval::Plan DataRemoval::removeType(const Project &project, const QString &typeName)
{
    Project after = project;
    removeRulesNaming(after, project, [&](const CheckContext &context, const QString &source) {
        return ExpressionRenamer::namesType(project, context, source, typeName);
    });
    after.settings.dataApiTypes.removeAll(typeName);
    for (Token &token : after.tokens)
        token.scopes.dataTypes.removeIf(
            [&](const DataTypeScope &scope) { return scope.dataType == typeName; });
    after.records.removeIf([&](const Record &record) { return record.type == typeName; });
    after.dataTypes.removeAt(after.indexOfDataType(typeName));
    return split(DataReferences::toType(project, typeName), std::move(after));
}

DataRemoval::Plan DataRemoval::removeField(const Project &project, const QString &typeName,
                                           const QString &fieldName)
{
    Project after = project;
    removeRulesNaming(after, project, [&](const CheckContext &context, const QString &source) {
        return ExpressionRenamer::namesField(project, context, source, typeName, fieldName);
    });
    DataType &type = after.dataTypes[after.indexOfDataType(typeName)];
    type.fields.removeIf([&](const Field &field) { return field.name == fieldName; });
    for (PrivacyRule &rule : type.privacyRules) {
        rule.permissions.viewableFields.removeAll(fieldName);
        rule.permissions.autoBindingFields.removeAll(fieldName);
    }
    type.everyoneElse.viewableFields.removeAll(fieldName);
    type.everyoneElse.autoBindingFields.removeAll(fieldName);
    for (Workflow &workflow : after.workflows) {
        for (Action &action : workflow.actions) {
            if (action.dataType == typeName && action.info().freeAssignments)
                action.assignments.removeIf(
                    [&](const Assignment &a) { return a.key == fieldName; });
        }
    }
    for (Record &record : after.records) {
        if (record.type == typeName)
            record.values.remove(fieldName);
    }
    return split(DataReferences::toField(project, typeName, fieldName), std::move(after));
}

} // namespace gatehouse::expr
