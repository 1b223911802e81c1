#include "ConditionRows.h"

#include "AstDump.h"
#include "Parser.h"
#include "Printer.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

namespace {
bool isPath(const Node &node)
{
    switch (node.kind) {
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Not:
    case NodeKind::Comparison:
        return false;
    default:
        return true;
    }
}

QString joinerText(ConditionRow::Joiner joiner)
{
    switch (joiner) {
    case ConditionRow::Joiner::And:
        return u" and "_s;
    case ConditionRow::Joiner::Or:
        return u" or "_s;
    case ConditionRow::Joiner::None:
        break;
    }
    return {};
}
} // namespace

QStringList ConditionRows::operators()
{
    return {u"is"_s,       u"is not"_s,       u">"_s,        u"<"_s,
            u">="_s,       u"<="_s,           u"contains"_s, u"doesn't contain"_s,
            u"is empty"_s, u"is not empty"_s, u"is in"_s};
}

bool ConditionRows::takesValue(const QString &op)
{
    return !op.isEmpty() && op != u"is empty"_s && op != u"is not empty"_s;
}

std::optional<ValueType> ConditionRows::valueTypeFor(const QString &op, const ValueType &type)
{
    // The same rules as Checker::typeOfComparison, which tst_exprrows holds
    // these to for every operator and type.
    if (!takesValue(op) || !operators().contains(op))
        return std::nullopt;
    if (type.isEmpty())
        return type;
    const bool ordered = !type.isList && (type.kind == ValueType::Kind::Number ||
                                          type.kind == ValueType::Kind::Date);
    if (op == u"is"_s || op == u"is not"_s)
        return type;
    if (op == u"contains"_s || op == u"doesn't contain"_s) {
        if (type.isList)
            return type.element();
        return type.isTextual() ? std::optional(ValueType::text()) : std::nullopt;
    }
    if (op == u"is in"_s) {
        const bool listable = !type.isList && type.kind != ValueType::Kind::YesNo;
        return listable ? std::optional(ValueType::listOf(type)) : std::nullopt;
    }
    return ordered ? std::optional(type) : std::nullopt; // >, <, >=, <=
}

QStringList ConditionRows::operatorsFor(const ValueType &type)
{
    QStringList out;
    for (const QString &op : operators()) {
        if (!takesValue(op) || valueTypeFor(op, type))
            out.append(op);
    }
    return out;
}

bool ConditionRows::appendRow(const Node &node, ConditionRow::Joiner joiner, ConditionRowList &out)
{
    ConditionRow row;
    row.joiner = joiner;
    if (isPath(node)) {
        row.source = Printer::printOperand(node);
        out.append(row);
        return true;
    }
    if (node.kind != NodeKind::Comparison || !isPath(node.child(0)) || !isPath(node.child(1)))
        return false;
    row.source = Printer::printOperand(node.child(0));
    const Node &right = node.child(1);
    const bool isEmptyTest = right.kind == NodeKind::EmptyLiteral &&
                             (node.compare == CompareOp::Is || node.compare == CompareOp::IsNot);
    if (isEmptyTest) {
        row.op = compareOpText(node.compare) + u" empty"_s;
    } else {
        row.op = compareOpText(node.compare);
        row.value = Printer::printOperand(right);
    }
    out.append(row);
    return true;
}

std::optional<ConditionRowList> ConditionRows::fromTree(const Node &root)
{
    ConditionRowList rows;
    const auto appendGroup = [&rows](const Node &group, ConditionRow::Joiner first) {
        if (group.kind != NodeKind::And)
            return appendRow(group, first, rows);
        for (std::size_t i = 0; i < group.children.size(); ++i) {
            if (!appendRow(group.child(i), i == 0 ? first : ConditionRow::Joiner::And, rows))
                return false;
        }
        return true;
    };
    if (root.kind == NodeKind::Or) {
        for (std::size_t i = 0; i < root.children.size(); ++i) {
            const auto joiner = i == 0 ? ConditionRow::Joiner::None : ConditionRow::Joiner::Or;
            if (!appendGroup(root.child(i), joiner))
                return std::nullopt;
        }
    } else if (!appendGroup(root, ConditionRow::Joiner::None)) {
        return std::nullopt;
    }
    // Rows are only worth offering when they give the very same tree back.
    const ParseResult again = Parser::parse(toText(rows));
    if (!again.ok() || AstDump::dump(*again.root) != AstDump::dump(root))
        return std::nullopt;
    return rows;
}

std::optional<ConditionRowList> ConditionRows::fromText(const QString &source)
{
    const ParseResult parsed = Parser::parse(source);
    if (!parsed.ok())
        return std::nullopt;
    return fromTree(*parsed.root);
}

QString ConditionRows::toText(const ConditionRowList &rows)
{
    QString text;
    for (const ConditionRow &row : rows) {
        if (!text.isEmpty())
            text += joinerText(row.joiner == ConditionRow::Joiner::None ? ConditionRow::Joiner::And
                                                                        : row.joiner);
        text += row.source;
        if (!row.op.isEmpty())
            text += u' ' + row.op;
        if (!row.value.isEmpty())
            text += u' ' + row.value;
    }
    return text;
}

} // namespace gatehouse::expr
