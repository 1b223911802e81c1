#pragma once

#include "ExpressionChecker.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
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

signals:
    void textEdited(const QString &text);
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

    QLineEdit *m_edit;
    QLabel *m_message;
    QCompleter *m_completer;
    QStringListModel *m_words;
    ExpressionChecker::Context m_context;
    ConditionRowsEditor *m_rows;
    QToolButton *m_rowsButton;
};

} // namespace gatehouse
