#include "UndoText.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Undo", text);
}
constexpr int longestValue = 32;
} // namespace

QString UndoText::set(const QString &owner, const QString &what, const QString &value)
{
    return tr("Set %1's %2 to %3").arg(owner, what, value);
}

QString UndoText::change(const QString &owner, const QString &what)
{
    return tr("Change %1's %2").arg(owner, what);
}

QString UndoText::detectedParameters(const QString &workflow)
{
    return tr("Set %1's parameters from detected data").arg(workflow);
}

QString UndoText::step(const QString &workflow, int index)
{
    return tr("%1 step %2").arg(workflow).arg(index + 1);
}

QString UndoText::value(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return tr("empty");
    if (simple.size() <= longestValue)
        return u'`' + simple + u'`';
    return u'`' + simple.left(longestValue - 1) + u"\u2026`"_s;
}

} // namespace gatehouse
