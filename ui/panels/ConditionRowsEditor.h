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
    // Where the condition sits: what each row's pick buttons offer (a data
    // source, then `'s` and one of its fields), and so which operators and
    // values follow the source's type.
    void setContext(const ExpressionChecker::Context &context);
    // The pick menus of row `row`, filled as when they open.
    QMenu *sourceMenu(int row);
    QMenu *valueMenu(int row);
    QComboBox *operatorBox(int row) const;
    QLineEdit *valueEdit(int row) const;
    static bool canShow(const QString &text);
    // Whether the edit textEdited announces came from a click (a pick, an
    // operator, a joiner, a row added or removed) rather than typing: a
    // click is an undo step of its own, typing merges into a run.
    bool lastEditByClick() const { return m_lastEditByClick; }

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
        QToolButton *valuePick;
        QToolButton *remove;
    };

    void rebuild(const expr::ConditionRowList &rows);
    void addRow(const expr::ConditionRow &row);
    void removeRow(QWidget *container);
    void showValueFor(const RowWidgets &row);
    void offerOperatorsFor(const RowWidgets &row);
    expr::ValueType sourceType(const RowWidgets &row) const;
    static QString operatorOf(const RowWidgets &row);
    expr::ConditionRowList rows() const;
    enum class By
    {
        Typing,
        Click
    };
    void announce(By by);
    void fillSourceMenu(QMenu *menu, QWidget *container);
    void fillValueMenu(QMenu *menu, QWidget *container);
    const RowWidgets *rowOf(QWidget *container) const;

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<RowWidgets> m_rows;
    QStringListModel *m_words;
    ExpressionChecker::Context m_context;
    bool m_lastEditByClick = false;
};

} // namespace gatehouse
