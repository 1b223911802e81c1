#pragma once

#include <QStyledItemDelegate>

namespace gatehouse {

// Paints a row as usual, then the problem marker at its right end when the
// row's `countRole` is above zero.
class ProblemMarkerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProblemMarkerDelegate(int countRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_countRole;
};

} // namespace gatehouse
