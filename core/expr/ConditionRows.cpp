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
