#pragma once

#include "RecordColumns.h"
#include "model/Project.h"

#include <QAbstractTableModel>

#include <optional>

namespace gatehouse {

class EditorSession;

// One data type's test records, a row each, in the columns RecordColumns
// lays out (a reference shows the referenced record's label, a user's
// e-mail address). Every edit is checked by
// RecordValidator::valueProblem first and made as one ChangeRecord; the rows
// follow the document's record signals one by one, so a view keeps its
// selection and scroll position. A list's edit value is its items as text
// (a reference's as ids), one each. It shows either the document's test
// records or, read-only, the live records the test server changed.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        // For a reference cell: the labels and the ids of what it may point to.
        ChoiceLabelsRole = Qt::UserRole + 1,
        ChoiceIdsRole,
        SortRole,
        // True for a list cell, which is edited as a list (RecordListDialog).
        IsListRole,
    };
    using ColumnKind = RecordColumns::Kind;

    explicit RecordTableModel(EditorSession *session, QObject *parent = nullptr);

    void setTypeIndex(int typeIndex);
    // The live records, read-only, in place of the test records; a refresh
    // with the same rows changes their cells only, without a reset.
    void showLive(const QList<Record> &records);
    void showTestData();
    bool isLive() const { return m_live.has_value(); }
    int typeIndex() const { return m_type; }
    const DataType *currentType() const;
    // The index in the shown records (the project's, or the live ones) of
    // the record at `row`, or -1.
    int recordIndexOfRow(int row) const { return m_records.value(row, -1); }
    int rowOfRecord(int recordIndex) const { return int(m_records.indexOf(recordIndex)); }
    QString recordIdAt(int recordIndex) const;
    int rowOfRecordId(const QString &id) const;
    ColumnKind columnKind(int column) const;
    int columnOfField(const QString &fieldName) const;
    // Why the last edit was refused; empty after one that went through.
    QString lastProblem() const { return m_lastProblem; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    // Why an edit was refused, or empty after one that went through.
    void problemChanged(const QString &problem);

private:
    // The document's project, or in the live view its copy with the live records.
    const Project &project() const;
    QList<int> rowsOfType() const;
    void syncLiveDefinitions();
    const Record &recordOfRow(int row) const;
    QVariant choices(int column, int role) const;
    bool refuse(const QString &problem);
    void rebuild();
    void onInserted(int recordIndex);
    void onRemoved(int recordIndex);
    void onChanged(int recordIndex);

    EditorSession *m_session;
    int m_type = -1;
    RecordColumns m_columns; // the type's fields, when the rows were built
    QList<int> m_records;    // indices into the project's records, in order
    std::optional<Project> m_live;
    QString m_lastProblem;
};

} // namespace gatehouse
