#include "MatrixHeaderView.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace gatehouse {

namespace {
constexpr int padding = 4;
}

MatrixHeaderView::MatrixHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(false);
    setHighlightSections(true);
}

void MatrixHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    const bool current =
        selectionModel() && selectionModel()->currentIndex().column() == logicalIndex;
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);
    QFont font = this->font();
    font.setBold(current);
    const QFontMetrics metrics(font);
    const QStringList lines =
        model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString().split(u'\n');
    QStringList elided;
    for (const QString &line : lines)
        elided << metrics.elidedText(line, Qt::ElideMiddle, rect.width() - 2 * padding);
    painter->save();
    painter->setFont(font);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(rect.adjusted(padding, 0, -padding, 0), Qt::AlignCenter, elided.join(u'\n'));
    painter->restore();
}

QSize MatrixHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QString text = model()->headerData(logicalIndex, orientation()).toString();
    const int lines = int(text.count(u'\n')) + 1;
    const QSize base = QHeaderView::sectionSizeFromContents(logicalIndex);
    return {base.width(), std::max(base.height(), lines * fontMetrics().height() + 2 * padding)};
}

} // namespace gatehouse
