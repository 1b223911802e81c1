#pragma once

#include "ExpressionChecker.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

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
    QString message() const;

signals:
    void textEdited(const QString &text);

private:
    void recheck();
    void complete();
    void insertCompletion(const QString &completion);
    QString wordBeforeCursor() const;

    QLineEdit *m_edit;
    QLabel *m_message;
    QCompleter *m_completer;
    QStringListModel *m_words;
    ExpressionChecker::Context m_context;
};

} // namespace gatehouse
