#include "ExpressionDelegate.h"

#include "ExpressionEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
ExpressionEdit *editorOf(QObject *object)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    return line ? qobject_cast<ExpressionEdit *>(line->parentWidget()) : nullptr;
}
} // namespace

ExpressionDelegate::ExpressionDelegate(ContextFor contextFor, QObject *parent)
    : QStyledItemDelegate(parent), m_contextFor(std::move(contextFor))
{
}

QWidget *ExpressionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    auto *edit = new ExpressionEdit(parent);
    edit->setObjectName(u"valueEditor"_s);
    edit->lineEdit()->setObjectName(u"valueExpression"_s);
    edit->lineEdit()->setFrame(false);
    // The message shows over the rows below: give it the panel's background.
    edit->setAutoFillBackground(true);
    edit->setContext(m_contextFor(index));
    edit->setPickAllowed(true);
    // A pick is a finished value: into the document at once, one undo step.
    connect(edit, &ExpressionEdit::picked, this,
            [this, edit] { emit const_cast<ExpressionDelegate *>(this)->commitData(edit); });
    edit->lineEdit()->installEventFilter(const_cast<ExpressionDelegate *>(this));
    const int cellHeight = option.rect.height();
    connect(edit, &ExpressionEdit::messageChanged, edit, [edit, cellHeight] {
        edit->resize(edit->width(), qMax(cellHeight, edit->sizeHint().height()));
        edit->raise();
    });
    return edit;
}

void ExpressionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<ExpressionEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void ExpressionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    model->setData(index, static_cast<ExpressionEdit *>(editor)->text(), Qt::EditRole);
}

void ExpressionDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &) const
{
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
}

bool ExpressionDelegate::eventFilter(QObject *object, QEvent *event)
{
    ExpressionEdit *edit = editorOf(object);
    if (!edit)
        return QStyledItemDelegate::eventFilter(object, event);
    // Closing moves the focus out of the line edit before the editor is
    // hidden: that focus-out is not the user leaving the cell a second time.
    static constexpr char closing[] = "gatehouseClosing";
    if (!edit->isVisible() || edit->property(closing).toBool())
        return false;
    if (event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            edit->setProperty(closing, true);
            emit commitData(edit);
            emit closeEditor(edit, QAbstractItemDelegate::SubmitModelCache);
            return true;
        case Qt::Key_Escape:
            edit->setProperty(closing, true);
            emit closeEditor(edit, QAbstractItemDelegate::RevertModelCache);
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            edit->setProperty(closing, true);
            return QStyledItemDelegate::eventFilter(edit, event);
        default:
            return false;
        }
    }
    // Focus that goes to the completion popup has not left the cell.
    if (event->type() == QEvent::FocusOut && !edit->completer()->popup()->isVisible() &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        const bool handled = QStyledItemDelegate::eventFilter(edit, event);
        edit->setProperty(closing, !edit->isVisible() || handled);
        return handled;
    }
    return false;
}

} // namespace gatehouse
