#include "MatrixRoles.h"

#include "expr/Checker.h"
#include "expr/ParseCache.h"
#include "expr/Schema.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

using expr::Node;
using expr::NodeKind;

namespace {

bool isCurrentUserField(const Node &node, const QHash<const Node *, QString> &owners)
{
    return node.kind == NodeKind::Field && node.child(0).kind == NodeKind::CurrentUser &&
           owners.value(&node) == DataType::userTypeName();
}

bool isConstant(const Node &node)
{
    return node.kind == NodeKind::TextLiteral || node.kind == NodeKind::NumberLiteral ||
           node.kind == NodeKind::YesNoLiteral;
}

} // namespace

QList<MatrixRole> MatrixRoles::of(const Project &project)
{
    QList<MatrixRole> roles;
    for (const DataType &type : project.dataTypes) {
        for (const PrivacyRule &rule : type.privacyRules)
            collect(project, expr::CheckContext::privacyRule(type.name), rule.condition, roles);
    }
    for (const Workflow &workflow : project.workflows) {
        collect(project, expr::CheckContext::workflowCondition(workflow), workflow.condition,
                roles);
        for (int step = 0; step < workflow.actions.size(); ++step)
            collect(project, expr::CheckContext::actionCondition(workflow, step),
                    workflow.actions.at(step).condition, roles);
    }
    return roles;
}

Record MatrixRoles::userOf(const MatrixRole &role, int index)
{
    Record user;
    user.id = u"matrix-role-%1"_s.arg(index + 1);
    user.type = DataType::userTypeName();
    // Every user has an e-mail (a reserved domain: it reaches no one),
    // unless the role is one.
    user.values.insert(u"email"_s, u"role-%1@matrix.invalid"_s.arg(index + 1));
    user.values.insert(role.field, role.value);
    return user;
}

void MatrixRoles::collect(const Project &project, const expr::CheckContext &context,
                          const QString &condition, QList<MatrixRole> &out)
{
    if (condition.trimmed().isEmpty())
        return;
    const expr::ParseCache::Parsed parsed = expr::ParseCache::parseShared(condition);
    if (!parsed->ok())
        return;
    Owners owners;
    expr::Checker checker(project, context);
    checker.setFieldOwners(&owners);
    if (!checker.check(*parsed->root).ok())
        return;
    visit(project, *parsed->root, owners, true, out);
}

// `asCondition`: the node stands where a yes/no is asked (the root, or under
// and, or, not), so a bare yes/no field of Current User names a role.
void MatrixRoles::visit(const Project &project, const Node &node, const Owners &owners,
                        bool asCondition, QList<MatrixRole> &out)
{
    std::optional<MatrixRole> found;
    if (node.kind == NodeKind::Comparison &&
        (node.compare == expr::CompareOp::Is || node.compare == expr::CompareOp::IsNot)) {
        const Node &left = node.child(0);
        const Node &right = node.child(1);
        found = isConstant(right) ? compared(project, left, right, owners)
                                  : compared(project, right, left, owners);
    } else if (asCondition) {
        found = yesNoField(project, node, owners);
    }
    if (found && !out.contains(*found))
        out << *found;
    const bool logic =
        node.kind == NodeKind::And || node.kind == NodeKind::Or || node.kind == NodeKind::Not;
    for (const auto &child : node.children)
        visit(project, *child, owners, logic, out);
}

std::optional<MatrixRole> MatrixRoles::compared(const Project &project, const Node &field,
                                                const Node &constant, const Owners &owners)
{
    if (!isConstant(constant) || !isCurrentUserField(field, owners))
        return std::nullopt;
    const auto resolved = expr::Schema(project).resolveField(DataType::userTypeName(), field.name);
    if (!resolved)
        return std::nullopt;
    switch (constant.kind) {
    case NodeKind::TextLiteral:
        return MatrixRole{resolved->name, constant.name, u"\"%1\""_s.arg(constant.name)};
    case NodeKind::NumberLiteral:
        return MatrixRole{resolved->name, constant.number, QString::number(constant.number)};
    default:
        return MatrixRole{resolved->name, constant.yes, constant.yes ? u"yes"_s : u"no"_s};
    }
}

std::optional<MatrixRole> MatrixRoles::yesNoField(const Project &project, const Node &field,
                                                  const Owners &owners)
{
    if (!isCurrentUserField(field, owners))
        return std::nullopt;
    const auto resolved = expr::Schema(project).resolveField(DataType::userTypeName(), field.name);
    if (!resolved || resolved->type.kind != FieldKind::YesNo || resolved->type.isList)
        return std::nullopt;
    return MatrixRole{resolved->name, true, u"yes"_s};
}

} // namespace gatehouse::audit
