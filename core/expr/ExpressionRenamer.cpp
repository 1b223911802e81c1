#include "ExpressionRenamer.h"

#include "Checker.h"
#include "Parser.h"
#include "Printer.h"
#include "Schema.h"

#include <functional>

namespace gatehouse::expr {

namespace {

void visit(Node &node, const std::function<void(Node &)> &each)
{
    each(node);
    for (NodePtr &child : node.children)
        visit(*child, each);
}

bool namesTypeNode(const Schema &schema, const Node &node, const QString &typeName)
{
    if (node.kind != NodeKind::This && node.kind != NodeKind::Search)
        return false;
    const DataType *type = schema.resolveType(node.name);
    return type && type->name == typeName;
}

bool namesFieldNode(const Schema &schema, const QHash<const Node *, QString> &owners,
                    const Node &node, const QString &typeName, const QString &fieldName)
{
    if (node.kind != NodeKind::Field && node.kind != NodeKind::SearchField)
        return false;
    if (owners.value(&node) != typeName)
        return false;
    const auto field = schema.resolveField(typeName, node.name);
    return field && field->name == fieldName;
}

// The new name, written as the old one was: `Posts` stays a plural.
QString writtenLike(const QString &written, const QString &oldName, const QString &newName)
{
    return written == oldName ? newName : newName + written.mid(oldName.size());
}

QHash<const Node *, QString> fieldOwners(const Project &project, const CheckContext &context,
                                         const Node &root)
{
    QHash<const Node *, QString> owners;
    Checker checker(project, context);
    checker.setFieldOwners(&owners);
    checker.check(root);
    return owners;
}

} // namespace

QString ExpressionRenamer::renameType(const Project &before, const CheckContext &,
                                      const QString &source, const QString &oldName,
                                      const QString &newName)
{
    ParseResult parsed = Parser::parse(source);
    if (!parsed.ok() || source.trimmed().isEmpty())
        return source;
    const Schema schema(before);
    bool changed = false;
    visit(*parsed.root, [&](Node &node) {
        if (namesTypeNode(schema, node, oldName)) {
            node.name = writtenLike(node.name, oldName, newName);
            changed = true;
        }
    });
    return changed ? Printer::print(*parsed.root) : source;
}

QString ExpressionRenamer::renameField(const Project &before, const CheckContext &context,
                                       const QString &source, const QString &typeName,
                                       const QString &oldField, const QString &newField)
{
    ParseResult parsed = Parser::parse(source);
    if (!parsed.ok() || source.trimmed().isEmpty())
        return source;
    const Schema schema(before);
    const auto owners = fieldOwners(before, context, *parsed.root);
    bool changed = false;
    visit(*parsed.root, [&](Node &node) {
        if (namesFieldNode(schema, owners, node, typeName, oldField)) {
            node.name = newField;
            changed = true;
        }
    });
    return changed ? Printer::print(*parsed.root) : source;
}

bool ExpressionRenamer::namesType(const Project &project, const CheckContext &context,
                                  const QString &source, const QString &typeName)
{
    ParseResult parsed = Parser::parse(source);
    if (!parsed.ok() || source.trimmed().isEmpty())
        return false;
    const Schema schema(project);
    bool found = false;
    visit(*parsed.root,
          [&](Node &node) { found = found || namesTypeNode(schema, node, typeName); });
    if (found)
        return true;
    // A field whose value is a thing of the type names it too.
    const auto owners = fieldOwners(project, context, *parsed.root);
    return std::any_of(owners.cbegin(), owners.cend(),
                       [&](const QString &owner) { return owner == typeName; });
}

bool ExpressionRenamer::namesField(const Project &project, const CheckContext &context,
                                   const QString &source, const QString &typeName,
                                   const QString &fieldName)
{
    ParseResult parsed = Parser::parse(source);
    if (!parsed.ok() || source.trimmed().isEmpty())
        return false;
    const Schema schema(project);
    const auto owners = fieldOwners(project, context, *parsed.root);
    bool found = false;
    visit(*parsed.root, [&](Node &node) {
        found = found || namesFieldNode(schema, owners, node, typeName, fieldName);
    });
    return found;
}

} // namespace gatehouse::expr
