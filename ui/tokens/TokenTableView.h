#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace gatehouse {

class TokenTableModel;

// The Tokens panel's table over its filter: sorted by name, one row selected at a time, the
// warnings and the state beside the name, columns as wide as what they hold.
class TokenTableView : public QTableView
{
    Q_OBJECT

public:
    TokenTableView(TokenTableModel *model, QSortFilterProxyModel *proxy, QWidget *parent = nullptr);

private:
    void fitColumns();
};

} // namespace gatehouse
