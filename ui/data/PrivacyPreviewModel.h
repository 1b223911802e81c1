#pragma once

#include "engine/PrivacyPreview.h"

#include <QAbstractTableModel>

namespace gatehouse {

// "Preview as" as a table: a row per record of the type (a user by e-mail,
// other records by id), then whether the principal finds it, what decided,
// and a column per field, shown or hidden. The reason is each row's tooltip.
// It shows what PrivacyPreview computed and decides nothing itself.
class PrivacyPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        FoundColumn,
        DecidedByColumn,
        FirstFieldColumn
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows; keeps the columns (and a view's layout) when the
    // fields are the same.
    void show(const QStringList &fields, const QList<RecordPreview> &records,
              const QStringList &labels);
    const QList<RecordPreview> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant fieldCell(const RecordPreview &record, const QString &field, int role) const;

    QStringList m_fields;
    QList<RecordPreview> m_records;
    QStringList m_labels;
};

} // namespace gatehouse
