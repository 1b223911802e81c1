#pragma once

#include "model/DataType.h"

#include <QAbstractListModel>

namespace gatehouse {

class EditorSession;

// The project's data types, one a row, renamed in place. A rename goes
// through RenameEverywhere, so every expression naming the type follows.
// The built-in User type cannot be renamed.
class DataTypeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit DataTypeListModel(EditorSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    // A public type (OperationTable: everyone finds every record) says so.
    QString toolTip(const DataType &type, bool everyoneFinds) const;

    EditorSession *m_session;
    int m_rows = 0;
};

} // namespace gatehouse
