#pragma once

#include "model/DataType.h"

#include <QAbstractTableModel>

namespace gatehouse {

class EditorSession;

// The fields of one data type: the built-in ones first, read-only, then the
// builder's, whose name, type and list-ness are edited in place. A rename
// rewrites what names the field (RenameEverywhere); a retype changes the type
// alone (ChangeDataType).
class FieldTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ListColumn,
        ColumnCount
    };

    explicit FieldTableModel(EditorSession *session, QObject *parent = nullptr);

    void setTypeIndex(int typeIndex);
    int typeIndex() const { return m_type; }
    // The row of the builder's field at `fieldIndex`, and back (-1: built in).
    int rowOfField(int fieldIndex) const { return builtInCount() + fieldIndex; }
    int fieldIndexOfRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    const DataType *currentType() const;
    int builtInCount() const;
    Field fieldOfRow(int row) const;
    bool setFieldType(const Field &field, int fieldIndex, const QString &label, bool isList);
    QStringList typeOptions() const;
    void onTypeChanged(int typeIndex);

    EditorSession *m_session;
    int m_type = -1;
    int m_rows = 0;
};

} // namespace gatehouse
