#include "TextFieldUndoKeys.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace gatehouse {

TextFieldUndoKeys::Key TextFieldUndoKeys::keyOf(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers modifiers =
        event.modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (event.key() == Qt::Key_Z && modifiers == Qt::ControlModifier)
        return Key::Undo;
    if (event.key() == Qt::Key_Z && modifiers == (Qt::ControlModifier | Qt::ShiftModifier))
        return Key::Redo;
    if (event.key() == Qt::Key_Y && modifiers == Qt::ControlModifier)
        return Key::Redo;
    return Key::None;
}

bool TextFieldUndoKeys::isTextField(QObject *object)
{
    if (auto *line = qobject_cast<QLineEdit *>(object))
        return !line->isReadOnly();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(object))
        return !plain->isReadOnly();
    if (auto *rich = qobject_cast<QTextEdit *>(object))
        return !rich->isReadOnly();
    return false;
}

bool TextFieldUndoKeys::apply(QObject *field, Key key)
{
    const bool undo = key == Key::Undo;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        undo ? line->undo() : line->redo();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        undo ? plain->undo() : plain->redo();
    else if (auto *rich = qobject_cast<QTextEdit *>(field))
        undo ? rich->undo() : rich->redo();
    else
        return false;
    return true;
}

bool TextFieldUndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    const bool override = event->type() == QEvent::ShortcutOverride;
    if ((!override && event->type() != QEvent::KeyPress) || !isTextField(watched))
        return QObject::eventFilter(watched, event);
    const Key key = keyOf(*static_cast<QKeyEvent *>(event));
    if (key == Key::None)
        return QObject::eventFilter(watched, event);
    if (override) {
        event->accept(); // the field, not the Edit menu, gets the key
        return true;
    }
    return apply(watched, key);
}

} // namespace gatehouse
