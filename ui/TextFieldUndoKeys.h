#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace gatehouse {

// While a text field has focus, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and
// redo its own typing, as in Qt Creator, instead of the editor's undo stack
// (whose Redo would otherwise take Ctrl+Y and throw the field's redo away).
// Installed on the application; it acts only on editable text fields.
class TextFieldUndoKeys : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override;

    enum class Key
    {
        None,
        Undo,
        Redo
    };
    static Key keyOf(const QKeyEvent &event);

private:
    // Undoes or redoes in `field`; false when it is no editable text field.
    static bool apply(QObject *field, Key key);
    static bool isTextField(QObject *object);
};

} // namespace gatehouse
