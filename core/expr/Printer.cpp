#include "Printer.h"

#include "Keywords.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

QString Printer::print(const Node &node)
{
    // A search with constraints needs no parentheses when nothing follows it.
    if (node.isSearchWithConstraints())
        return printSearch(node);
    return print(node, OrLevel);
}

QString Printer::quoteText(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        default:
            out += c;
        }
    }
    return out + u'"';
}

QString Printer::formatNumber(double number)
{
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

Printer::Level Printer::levelOf(const Node &node)
{
    switch (node.kind) {
    case NodeKind::Or:
        return OrLevel;
    case NodeKind::And:
        return AndLevel;
    case NodeKind::Not:
        return NotLevel;
    case NodeKind::Comparison:
        return ComparisonLevel;
    case NodeKind::Search:
        return node.children.empty() ? PathLevel : OrLevel;
    default:
        return PathLevel;
    }
}

QString Printer::print(const Node &node, Level needed)
{
    if (levelOf(node) < needed)
        return u'(' + print(node) + u')';
    switch (node.kind) {
    case NodeKind::TextLiteral:
        return quoteText(node.name);
    case NodeKind::NumberLiteral:
        return formatNumber(node.number);
    case NodeKind::YesNoLiteral:
        return node.yes ? u"yes"_s : u"no"_s;
    case NodeKind::EmptyLiteral:
        return u"empty"_s;
    case NodeKind::CurrentUser:
        return u"Current User"_s;
    case NodeKind::CurrentDateTime:
        return u"Current date/time"_s;
    case NodeKind::This:
        return u"This "_s + Keywords::writeName(node.name);
    case NodeKind::Parameter:
        return Keywords::writeParameter(node.name);
    case NodeKind::StepResult:
        return u"Result of step %1"_s.arg(node.step);
    case NodeKind::Search:
        return printSearch(node);
    case NodeKind::SearchField:
        return Keywords::writeName(node.name);
    case NodeKind::Field:
        return print(node.child(0), PathLevel) + u"'s "_s + Keywords::writeName(node.name);
    case NodeKind::ListOperation:
        return print(node.child(0), PathLevel) + u':' + listOpText(node.listOp);
    case NodeKind::Comparison:
        return printComparison(node);
    case NodeKind::And:
        return printJoined(node, u" and "_s, NotLevel);
    case NodeKind::Or:
        return printJoined(node, u" or "_s, AndLevel);
    case NodeKind::Not:
        return u"not "_s + print(node.child(0), NotLevel);
    }
    return {};
}

QString Printer::printJoined(const Node &node, const QString &joiner, Level childLevel)
{
    QStringList parts;
    for (const NodePtr &child : node.children)
        parts.append(print(*child, childLevel));
    return parts.join(joiner);
}

QString Printer::printComparison(const Node &node)
{
    return print(node.child(0), PathLevel) + u' ' + compareOpText(node.compare) + u' ' +
           print(node.child(1), PathLevel);
}

QString Printer::printSearch(const Node &node)
{
    QString text = u"Search for "_s + Keywords::writeName(node.name);
    QStringList constraints;
    for (const NodePtr &constraint : node.children)
        constraints.append(printComparison(*constraint));
    if (!constraints.isEmpty())
        text += u" where "_s + constraints.join(u" and "_s);
    return text;
}

} // namespace gatehouse::expr
