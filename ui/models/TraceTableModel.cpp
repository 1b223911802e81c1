#include "TraceTableModel.h"

#include "panels/StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QJsonObject>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const char *const keys[] = {"stage", "verdict", "reason", "subject"};
}

TraceTableModel::TraceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TraceTableModel::setTrace(const QJsonArray &trace)
{
    beginResetModel();
    m_trace = trace;
    endResetModel();
}

int TraceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trace.size());
}

int TraceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_trace.size() || index.column() >= ColumnCount)
        return {};
    const QJsonObject step = m_trace.at(index.row()).toObject();
    const QString text = step.value(QLatin1StringView(keys[index.column()])).toString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case Qt::ForegroundRole:
        if (index.column() != VerdictColumn)
            return {};
        if (text != u"refused"_s && text != u"failed"_s && text != u"passed"_s)
            return {};
        // Readable on the table, light palette or dark.
        return QBrush(StatusColors::readableOn(text == u"passed"_s ? QColor(0x2e, 0x7d, 0x32)
                                                                   : QColor(0xd2, 0x3f, 0x4a),
                                               QGuiApplication::palette().color(QPalette::Base)));
    default:
        return {};
    }
}

QVariant TraceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Reason");
    case SubjectColumn:
        return tr("Subject");
    }
    return {};
}

} // namespace gatehouse
