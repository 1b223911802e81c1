#include "TokenTableView.h"

#include "TokenTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

TokenTableView::TokenTableView(TokenTableModel *model, QSortFilterProxyModel *proxy,
                               QWidget *parent)
    : QTableView(parent)
{
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1); // the filter reads every column
    proxy->setSortRole(TokenTableModel::SortRole);
    setObjectName(u"tokenTable"_s);
    setModel(proxy);
    setSortingEnabled(true);
    sortByColumn(TokenTableModel::NameColumn, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    setWordWrap(false);
    // What a reviewer looks at first, beside the name: the warnings and the state.
    QHeaderView *columns = horizontalHeader();
    columns->moveSection(columns->visualIndex(TokenTableModel::FlagsColumn), 1);
    columns->moveSection(columns->visualIndex(TokenTableModel::StateColumn), 2);
    columns->setStretchLastSection(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TokenTableView::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &TokenTableView::fitColumns);
}

// Columns as wide as what they hold, scopes and warnings included.
void TokenTableView::fitColumns()
{
    resizeColumnsToContents();
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
        setColumnWidth(column, qMin(columnWidth(column), 420));
}

} // namespace gatehouse
