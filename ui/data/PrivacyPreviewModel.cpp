#include "PrivacyPreviewModel.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

void PrivacyPreviewModel::show(const QStringList &fields, const QList<RecordPreview> &records,
                               const QStringList &labels)
{
    if (fields != m_fields) {
        beginResetModel();
        m_fields = fields;
        m_records = records;
        m_labels = labels;
        endResetModel();
        return;
    }
    const int before = int(m_records.size());
    const int after = int(records.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_records.resize(after);
        endRemoveRows();
    } else if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_records.append(records.mid(before));
        m_labels = labels;
        endInsertRows();
    }
    m_records = records;
    m_labels = labels;
    if (after > 0)
        emit dataChanged(index(0, 0), index(after - 1, columnCount() - 1));
}

int PrivacyPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int PrivacyPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(m_fields.size());
}

QVariant PrivacyPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RecordPreview &record = m_records.at(index.row());
    if (role == Qt::ToolTipRole)
        return record.reason;
    switch (index.column()) {
    case RecordColumn:
        return role == Qt::DisplayRole ? QVariant(m_labels.value(index.row(), record.recordId))
                                       : QVariant();
    case FoundColumn:
        return role == Qt::DisplayRole ? QVariant(record.found ? tr("found") : tr("not found"))
                                       : QVariant();
    case DecidedByColumn:
        return role == Qt::DisplayRole ? QVariant(record.decidedBy) : QVariant();
    default:
        return fieldCell(record, m_fields.value(index.column() - FirstFieldColumn), role);
    }
}

QVariant PrivacyPreviewModel::fieldCell(const RecordPreview &record, const QString &field,
                                        int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const bool shown = record.shownFields.contains(field);
    if (role == Qt::AccessibleTextRole)
        return shown ? tr("%1 shown").arg(field) : tr("%1 hidden").arg(field);
    return shown ? tr("shown") : tr("hidden");
}

QVariant PrivacyPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FoundColumn:
        return tr("Found");
    case DecidedByColumn:
        return tr("Decided by");
    default:
        return m_fields.value(section - FirstFieldColumn);
    }
}

} // namespace gatehouse
