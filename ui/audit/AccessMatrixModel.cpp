#include "AccessMatrixModel.h"

#include <QGuiApplication>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using audit::MatrixCell;
using Verdict = MatrixCell::Verdict;

AccessMatrixModel::AccessMatrixModel(QObject *parent)
    : QAbstractTableModel(parent), m_palette(QGuiApplication::palette())
{
}

void AccessMatrixModel::setMatrix(audit::AccessMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

void AccessMatrixModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

QModelIndex AccessMatrixModel::indexOf(const QString &principalLabel,
                                       const QString &columnLabel) const
{
    const int row = m_matrix.rowOf(principalLabel);
    const int column = m_matrix.columnOf(columnLabel);
    return row < 0 || column < 0 ? QModelIndex() : index(row, column);
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix.rowCount();
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix.columnCount();
}

QString AccessMatrixModel::symbolOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return u"\u2713"_s; // check mark
    case Verdict::DependsOnRecord:
        return u"\u25D0"_s; // half-filled circle
    case Verdict::Refused:
        return u"\u2717"_s; // ballot x
    }
    return {};
}

// A light wash of green, amber or red over the palette's base, so the
// text colour of the palette reads on it in light and dark.
QColor AccessMatrixModel::tintOf(Verdict verdict, const QPalette &palette)
{
    QColor tint;
    switch (verdict) {
    case Verdict::Allowed:
        tint = QColor(0x2e, 0xa0, 0x43);
        break;
    case Verdict::DependsOnRecord:
        tint = QColor(0xd9, 0x9a, 0x06);
        break;
    case Verdict::Refused:
        tint = QColor(0xc9, 0x3c, 0x37);
        break;
    }
    const QColor base = palette.color(QPalette::Base);
    const qreal share = base.lightnessF() > 0.5 ? 0.28 : 0.38;
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * share,
                            base.greenF() + (tint.greenF() - base.greenF()) * share,
                            base.blueF() + (tint.blueF() - base.blueF()) * share);
}

QString AccessMatrixModel::describe(const audit::MatrixPrincipal &who,
                                    const audit::MatrixColumn &what, const MatrixCell &cell)
{
    QString text = who.label() + u" \u2192 "_s + what.label() + u": "_s + cell.verdictWord();
    if (!cell.reason.isEmpty())
        text += (cell.verdict == Verdict::DependsOnRecord ? u"\nwhen: "_s : u"\nbecause: "_s) +
                cell.reason;
    if (!cell.decidedBy.isEmpty())
        text += u"\ndecided by: "_s + cell.decidedBy;
    return text;
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return symbolOf(m_matrix.verdict(row, column));
    case Qt::AccessibleTextRole:
    case VerdictWordRole:
        return MatrixCell::wordOf(m_matrix.verdict(row, column));
    case VerdictRole:
        return int(m_matrix.verdict(row, column));
    case Qt::BackgroundRole:
        return tintOf(m_matrix.verdict(row, column), m_palette);
    case Qt::ForegroundRole:
        return m_palette.color(QPalette::Text);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return describe(m_matrix.principals().at(row), m_matrix.columns().at(column),
                        m_matrix.cell(row, column));
    case ReasonRole:
        return m_matrix.cell(row, column).reason;
    case DecidedByRole:
        return m_matrix.cell(row, column).decidedBy;
    }
    return {};
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        return columnHeader(m_matrix.columns().at(section), role);
    }
    if (section < 0 || section >= rowCount())
        return {};
    const audit::MatrixPrincipal &who = m_matrix.principals().at(section);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return who.label();
    return {};
}

// Two lines, the resource over the operation: "tag_my_transactions" over
// "run", "Transaction" over "delete". MatrixHeaderView elides each line.
QVariant AccessMatrixModel::columnHeader(const audit::MatrixColumn &column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column.resource + u'\n' + column.operationName();
    case Qt::ToolTipRole:
        return column.isWorkflow() ? tr("Run the workflow %1").arg(column.resource)
                                   : tr("Data API: %1").arg(column.label());
    }
    return {};
}

} // namespace gatehouse
