#include "AstDump.h"

#include "Printer.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

QString AstDump::head(const Node &node)
{
    switch (node.kind) {
    case NodeKind::TextLiteral:
        return Printer::quoteText(node.name);
    case NodeKind::NumberLiteral:
        return Printer::formatNumber(node.number);
    case NodeKind::YesNoLiteral:
        return node.yes ? u"yes"_s : u"no"_s;
    case NodeKind::EmptyLiteral:
        return u"empty"_s;
    case NodeKind::CurrentUser:
        return u"current-user"_s;
    case NodeKind::CurrentDateTime:
        return u"now"_s;
    case NodeKind::This:
        return u"this [%1]"_s.arg(node.name);
    case NodeKind::Parameter:
        return u"param [%1]"_s.arg(node.name);
    case NodeKind::StepResult:
        return u"step %1"_s.arg(node.step);
    case NodeKind::Search:
        return u"search [%1]"_s.arg(node.name);
    case NodeKind::SearchField:
        return u"field [%1]"_s.arg(node.name);
    case NodeKind::Field:
        return u"get [%1]"_s.arg(node.name);
    case NodeKind::ListOperation:
        return node.listOp == ListOp::Count ? u"count"_s : u"first"_s;
    case NodeKind::Comparison:
        return compareOpText(node.compare).replace(u' ', u'-');
    case NodeKind::And:
        return u"and"_s;
    case NodeKind::Or:
        return u"or"_s;
    case NodeKind::Not:
        return u"not"_s;
    }
    return {};
}

QString AstDump::dump(const Node &node)
{
    const bool leaf = node.children.empty() && node.kind != NodeKind::This &&
                      node.kind != NodeKind::Parameter && node.kind != NodeKind::Search &&
                      node.kind != NodeKind::SearchField && node.kind != NodeKind::StepResult;
    if (leaf)
        return head(node);
    QStringList parts{head(node)};
    for (const NodePtr &child : node.children)
        parts.append(dump(*child));
    return u'(' + parts.join(u' ') + u')';
}

} // namespace gatehouse::expr
