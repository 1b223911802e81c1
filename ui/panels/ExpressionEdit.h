#pragma once

#include "ExpressionChecker.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QStringListModel;
class QToolButton;

namespace gatehouse {
class ConditionRowsEditor;
}

namespace gatehouse {

// A one-line expression field: completion of the word under the cursor
// (parameters, fields, steps) and the checker's message right under it,
// updated as the user types.
class ExpressionEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ExpressionEdit(QWidget *parent = nullptr);

    QString text() const;
    // Shows `text` unless it is already there (keeps the cursor while typing).
    void setText(const QString &text);
    void setContext(const ExpressionChecker::Context &context);
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QLabel *messageLabel() const { return m_message; }
    // An "only when" field: placeholder, rows allowed, and `toolTip`; the line
    // edit is named `objectName` for tests and accessibility.
    void setupAsCondition(const QString &objectName, const QString &toolTip);
    // Conditions may also be built as rows; a Rows button switches views.
    void setRowsAllowed(bool allowed);
    bool showsRows() const;
    ConditionRowsEditor *rowsEditor() const { return m_rows; }
    QToolButton *rowsButton() const { return m_rowsButton; }
    QString message() const;
    // True while textEdited announces an edit made by a click (a pick from a
    // menu, an operator, a row added or removed): the owner makes it an
    // undo step of its own, where typing merges into one run.
    bool editIsClick() const { return m_clicking; }
    // A value field: a pick button beside the line replaces the value with
    // a dynamic expression built by clicking (a data source, `'s` and a
    // field), of the type the place needs.
    void setPickAllowed(bool allowed);
    QToolButton *pickButton() const { return m_pickButton; }
    // The pick button's menu, filled as when it opens.
    QMenu *pickMenu();

signals:
    void textEdited(const QString &text);
    // The value was replaced by a pick from the menu (after textEdited).
    void picked();
    // The checker's message appeared, changed or went (empty).
    void messageChanged(const QString &message);

private:
    void recheck();
    void showMessage(const QString &text, bool isError);
    void complete();
    QRect popupAnchor() const;
    void insertCompletion(const QString &completion);
    QString wordBeforeCursor() const;
    void showRows(bool rows);
    void updateRowsButton();
    void fillPickMenu();
    void choose(const QString &text);
    void announce(const QString &text, bool byClick);

    QLineEdit *m_edit;
    QLabel *m_message;
    QCompleter *m_completer;
    QStringListModel *m_words;
    ExpressionChecker::Context m_context;
    ConditionRowsEditor *m_rows;
    QToolButton *m_rowsButton;
    QToolButton *m_pickButton;
    bool m_clicking = false;
    bool m_rowsWanted = false; // the builder chose rows
};

} // namespace gatehouse
