#pragma once

#include <QHeaderView>

namespace gatehouse {

// The matrix's column header: each line of a two-line title (the resource
// over the operation) elided on its own, in the middle, so a long workflow
// name keeps its start and end and the operation stays whole. The current
// cell's column is bold. The full name is the section's tooltip.
class MatrixHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit MatrixHeaderView(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace gatehouse
