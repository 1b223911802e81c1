#include "ProjectRenamer.h"

#include "ExpressionRenamer.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

namespace {

void renameInList(QStringList &names, const QString &oldName, const QString &newName)
{
    for (QString &name : names) {
        if (name == oldName)
            name = newName;
    }
}

void renameInPermissions(PrivacyPermissions &permissions, const QString &oldField,
                         const QString &newField)
{
    renameInList(permissions.viewableFields, oldField, newField);
    renameInList(permissions.autoBindingFields, oldField, newField);
}

} // namespace

void ProjectRenamer::rewriteExpressions(const Project &before, Project &after,
                                        const Rewrite &rewrite)
{
    for (int t = 0; t < before.dataTypes.size(); ++t) {
        const DataType &type = before.dataTypes.at(t);
        const CheckContext context = CheckContext::privacyRule(type.name);
        for (int r = 0; r < type.privacyRules.size(); ++r)
            after.dataTypes[t].privacyRules[r].condition = rewrite(
                context, type.privacyRules.at(r).condition,
                u"data type %1, privacy rule %2"_s.arg(type.name, type.privacyRules.at(r).name));
    }
    for (int w = 0; w < before.workflows.size(); ++w) {
        const Workflow &workflow = before.workflows.at(w);
        Workflow &out = after.workflows[w];
        const QString where = u"workflow %1"_s.arg(workflow.name);
        out.condition = rewrite(CheckContext::workflowCondition(workflow), workflow.condition,
                                where + u", condition"_s);
        for (int s = 0; s < workflow.actions.size(); ++s) {
            const Action &action = workflow.actions.at(s);
            Action &outAction = out.actions[s];
            const QString step = where + u", step %1"_s.arg(s + 1);
            outAction.condition = rewrite(CheckContext::actionCondition(workflow, s),
                                          action.condition, step + u", condition"_s);
            outAction.target =
                rewrite(CheckContext::target(workflow, s), action.target, step + u", target"_s);
            for (int a = 0; a < action.assignments.size(); ++a) {
                const Assignment &assignment = action.assignments.at(a);
                outAction.assignments[a].value =
                    rewrite(CheckContext::assignment(before, workflow, s, assignment.key),
                            assignment.value, step + u", value %1"_s.arg(assignment.key));
            }
        }
    }
}

Project ProjectRenamer::renameType(const Project &before, const QString &oldName,
                                   const QString &newName)
{
    Project after = before;
    rewriteExpressions(
        before, after, [&](const CheckContext &context, const QString &source, const QString &) {
            return ExpressionRenamer::renameType(before, context, source, oldName, newName);
        });
    renameTypeOutsideExpressions(after, oldName, newName);
    return after;
}

Project ProjectRenamer::renameField(const Project &before, const QString &typeName,
                                    const QString &oldField, const QString &newField)
{
    Project after = before;
    rewriteExpressions(before, after,
                       [&](const CheckContext &context, const QString &source, const QString &) {
                           return ExpressionRenamer::renameField(before, context, source, typeName,
                                                                 oldField, newField);
                       });
    renameFieldOutsideExpressions(after, typeName, oldField, newField);
    return after;
}

void ProjectRenamer::renameTypeOutsideExpressions(Project &project, const QString &oldName,
                                                  const QString &newName)
{
    for (DataType &type : project.dataTypes) {
        if (type.name == oldName)
            type.name = newName;
        for (Field &field : type.fields) {
            if (field.type.kind == FieldKind::Reference && field.type.referencedType == oldName)
                field.type.referencedType = newName;
        }
    }
    renameInList(project.settings.dataApiTypes, oldName, newName);
    // An accepted finding at the type, its rules or everyone else stays accepted.
    for (AcceptedFinding &accepted : project.acceptedFindings)
        accepted.movePath(u"dataTypes/"_s + oldName, u"dataTypes/"_s + newName);
    for (Token &token : project.tokens) {
        for (DataTypeScope &scope : token.scopes.dataTypes) {
            if (scope.dataType == oldName)
                scope.dataType = newName;
        }
    }
    for (Workflow &workflow : project.workflows) {
        for (Parameter &parameter : workflow.parameters) {
            if (parameter.type.kind == FieldKind::Reference &&
                parameter.type.referencedType == oldName)
                parameter.type.referencedType = newName;
        }
        for (Action &action : workflow.actions) {
            if (action.dataType == oldName)
                action.dataType = newName;
        }
    }
    for (Record &record : project.records) {
        if (record.type == oldName)
            record.type = newName;
    }
}

void ProjectRenamer::renameFieldOutsideExpressions(Project &project, const QString &typeName,
                                                   const QString &oldField, const QString &newField)
{
    const int index = project.indexOfDataType(typeName);
    if (index < 0)
        return;
    DataType &type = project.dataTypes[index];
    for (Field &field : type.fields) {
        if (field.name == oldField)
            field.name = newField;
    }
    for (PrivacyRule &rule : type.privacyRules)
        renameInPermissions(rule.permissions, oldField, newField);
    renameInPermissions(type.everyoneElse, oldField, newField);
    for (Workflow &workflow : project.workflows) {
        for (Action &action : workflow.actions) {
            if (action.dataType != typeName || !action.info().freeAssignments)
                continue;
            for (Assignment &assignment : action.assignments) {
                if (assignment.key == oldField)
                    assignment.key = newField;
            }
        }
    }
    for (Record &record : project.records) {
        if (record.type != typeName || !record.values.contains(oldField))
            continue;
        record.values.insert(newField, record.values.take(oldField));
    }
}

} // namespace gatehouse::expr
