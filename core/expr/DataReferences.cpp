#include "DataReferences.h"

#include "ExpressionRenamer.h"
#include "ProjectRenamer.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

namespace {

void addOutsideExpressions(const Project &project, const QString &typeName, QStringList &out)
{
    for (const DataType &type : project.dataTypes) {
        for (const Field &field : type.fields) {
            if (field.type.kind == FieldKind::Reference && field.type.referencedType == typeName)
                out.append(u"data type %1, field %2"_s.arg(type.name, field.name));
        }
    }
    if (project.settings.dataApiTypes.contains(typeName))
        out.append(u"settings, Data API types"_s);
    for (const Token &token : project.tokens) {
        for (const DataTypeScope &scope : token.scopes.dataTypes) {
            if (scope.dataType == typeName)
                out.append(u"token %1, data scope"_s.arg(token.name));
        }
    }
    for (const Workflow &workflow : project.workflows) {
        for (int s = 0; s < workflow.actions.size(); ++s) {
            if (workflow.actions.at(s).dataType == typeName)
                out.append(u"workflow %1, step %2, data type"_s.arg(workflow.name).arg(s + 1));
        }
    }
    const auto records = std::count_if(project.records.cbegin(), project.records.cend(),
                                       [&](const Record &r) { return r.type == typeName; });
    if (records > 0)
        out.append(u"test data, %1 record(s)"_s.arg(records));
}

} // namespace

QStringList DataReferences::toType(const Project &project, const QString &typeName)
{
    QStringList out;
    Project scratch = project;
    ProjectRenamer::rewriteExpressions(
        project, scratch,
        [&](const CheckContext &context, const QString &source, const QString &where) {
            if (!where.startsWith(u"data type %1,"_s.arg(typeName)) &&
                ExpressionRenamer::namesType(project, context, source, typeName))
                out.append(where);
            return source;
        });
    addOutsideExpressions(project, typeName, out);
    return out;
}

QStringList DataReferences::toField(const Project &project, const QString &typeName,
                                    const QString &fieldName)
{
    QStringList out;
    Project scratch = project;
    ProjectRenamer::rewriteExpressions(
        project, scratch,
        [&](const CheckContext &context, const QString &source, const QString &where) {
            if (ExpressionRenamer::namesField(project, context, source, typeName, fieldName))
                out.append(where);
            return source;
        });
    const DataType *type = project.findDataType(typeName);
    if (!type)
        return out;
    auto names = [&](const PrivacyPermissions &p) {
        return p.viewableFields.contains(fieldName) || p.autoBindingFields.contains(fieldName);
    };
    for (const PrivacyRule &rule : type->privacyRules) {
        if (names(rule.permissions))
            out.append(u"data type %1, privacy rule %2, permissions"_s.arg(typeName, rule.name));
    }
    if (names(type->everyoneElse))
        out.append(u"data type %1, everyone else, permissions"_s.arg(typeName));
    for (const Workflow &workflow : project.workflows) {
        for (int s = 0; s < workflow.actions.size(); ++s) {
            const Action &action = workflow.actions.at(s);
            if (action.dataType == typeName && action.info().freeAssignments &&
                std::any_of(action.assignments.cbegin(), action.assignments.cend(),
                            [&](const Assignment &a) { return a.key == fieldName; }))
                out.append(u"workflow %1, step %2, field %3"_s.arg(workflow.name)
                               .arg(s + 1)
                               .arg(fieldName));
        }
    }
    return out;
}

} // namespace gatehouse::expr
