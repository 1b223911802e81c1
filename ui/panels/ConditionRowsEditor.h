#pragma once

#include "ExpressionChecker.h"
#include "expr/ConditionRows.h"

#include <QWidget>

class QComboBox;
class QMenu;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QToolButton;
class QVBoxLayout;

namespace gatehouse {

// A condition built as rows, "source operator value", each joined to the one
// before by and/or, as Bubble's condition editor shows it. It edits text
// only: every change is announced as the condition's new text, which the
// owner turns into an undoable edit like typing.
class ConditionRowsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionRowsEditor(QWidget *parent = nullptr);

    // Shows the rows of `text`; false, showing nothing new, when rows cannot
    // hold it without loss (`not`, parentheses, a syntax error).
    bool setText(const QString &text);
    QString text() const;
    int rowCount() const { return int(m_rows.size()); }
    // One list for every row's completer; unchanged words leave it alone.
    void setCompletions(const QStringList &words);
    QStringListModel *completionModel() const { return m_words; }
    // What each row's pick button offers: click a data source, then `'s` and
    // one of its fields, to fill the row's source without typing.
    void setSources(const QList<ExpressionChecker::Source> &sources) { m_sources = sources; }
    // The pick menu of row `row`, filled as when it opens.
    QMenu *sourceMenu(int row);
    static bool canShow(const QString &text);

signals:
    void textEdited(const QString &text);

private:
    struct RowWidgets
    {
        QWidget *container;
        QComboBox *joiner;
        QLineEdit *source;
        QToolButton *pick;
        QComboBox *op;
        QLineEdit *value;
        QToolButton *remove;
    };

    void rebuild(const expr::ConditionRowList &rows);
    void addRow(const expr::ConditionRow &row);
    void removeRow(QWidget *container);
    void showValueFor(const RowWidgets &row);
    expr::ConditionRowList rows() const;
    void announce();
    void fillSourceMenu(QMenu *menu, QLineEdit *source);

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<RowWidgets> m_rows;
    QStringListModel *m_words;
    QList<ExpressionChecker::Source> m_sources;
};

} // namespace gatehouse
