#pragma once

#include "model/Diagnostic.h"

#include <QAbstractTableModel>

namespace gatehouse {

class ProjectProblems;

// The project's problems as a table, as Qt Creator's Issues pane shows them:
// the severity's icon and the message, then the place in words.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MessageColumn,
        PlaceColumn,
        ColumnCount
    };

    explicit ProblemsModel(ProjectProblems *problems, QObject *parent = nullptr);

    Diagnostic diagnostic(int row) const { return m_shown.value(row); }
    // "workflow `signup`, step 2, condition, at character 5"
    static QString placeInWords(const Diagnostic &diagnostic);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ProjectProblems *m_problems;
    Diagnostics m_shown;
};

} // namespace gatehouse
