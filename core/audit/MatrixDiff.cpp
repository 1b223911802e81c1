#include "MatrixDiff.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
using Verdict = MatrixCell::Verdict;

QHash<QString, int> indexOf(const QStringList &labels)
{
    QHash<QString, int> index;
    for (int i = 0; i < labels.size(); ++i)
        index.insert(labels.at(i), i);
    return index;
}

QStringList rowLabels(const AccessMatrix &m)
{
    QStringList out;
    for (const MatrixPrincipal &p : m.principals())
        out << p.label();
    return out;
}

QStringList columnLabels(const AccessMatrix &m)
{
    QStringList out;
    for (const MatrixColumn &c : m.columns())
        out << c.label();
    return out;
}

// Rows or columns of both, `first`'s order then what only `second` has.
QStringList united(const QStringList &first, const QStringList &second)
{
    QStringList out = first;
    for (const QString &s : second) {
        if (!first.contains(s))
            out << s;
    }
    return out;
}

MatrixCell cellOf(const AccessMatrix &m, const QHash<QString, int> &rows,
                  const QHash<QString, int> &columns, const QString &row, const QString &column)
{
    const int r = rows.value(row, -1);
    const int c = columns.value(column, -1);
    if (r < 0 || c < 0)
        return {Verdict::Refused, u"not in the project"_s, {}};
    return m.cell(r, c);
}
} // namespace

QList<MatrixChange> MatrixDiff::between(const AccessMatrix &before, const AccessMatrix &after)
{
    const QStringList beforeRows = rowLabels(before), afterRows = rowLabels(after);
    const QStringList beforeColumns = columnLabels(before), afterColumns = columnLabels(after);
    const auto br = indexOf(beforeRows), ar = indexOf(afterRows);
    const auto bc = indexOf(beforeColumns), ac = indexOf(afterColumns);
    QHash<QString, MatrixColumn> columnsByLabel;
    for (const MatrixColumn &c : before.columns() + after.columns())
        columnsByLabel.insert(c.label(), c);
    QList<MatrixChange> changes;
    for (const QString &row : united(beforeRows, afterRows)) {
        for (const QString &column : united(beforeColumns, afterColumns)) {
            const auto found =
                change(row, columnsByLabel.value(column), cellOf(before, br, bc, row, column),
                       cellOf(after, ar, ac, row, column));
            if (found)
                changes << *found;
        }
    }
    return changes;
}

bool MatrixDiff::grows(const QList<MatrixChange> &changes)
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const MatrixChange &c) { return c.grows; });
}

std::optional<MatrixChange> MatrixDiff::change(const QString &who, const MatrixColumn &what,
                                               const MatrixCell &was, const MatrixCell &now)
{
    const int from = MatrixCell::reachOf(was.verdict);
    const int to = MatrixCell::reachOf(now.verdict);
    const QString label = what.label();
    if (from == to) {
        if (now.verdict != Verdict::DependsOnRecord || was.reason == now.reason)
            return std::nullopt;
        // A changed condition may let more through: counted as growing.
        return MatrixChange{u"%1's %2 changes condition: %3"_s.arg(who, label, now.reason), true};
    }
    if (to > from) {
        const QString how = now.verdict == Verdict::DependsOnRecord
                                ? u" (conditional: %1)"_s.arg(now.reason)
                            : from == 1 ? u" on every record"_s
                                        : QString();
        return MatrixChange{u"%1 gains %2%3"_s.arg(who, label, how), true};
    }
    const QString how = now.verdict == Verdict::DependsOnRecord
                            ? u" on some records (now conditional: %1)"_s.arg(now.reason)
                            : QString();
    return MatrixChange{u"%1 loses %2%3"_s.arg(who, label, how), false};
}

} // namespace gatehouse::audit
