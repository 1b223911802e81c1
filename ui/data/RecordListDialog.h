#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPlainTextEdit;

namespace gatehouse {

// A list field of a test record, edited as a list: references ticked by
// their records' labels (in the project's order), any other kind one value
// a line. It only collects the items; the records table checks them
// (RecordValidator) and makes them one undoable change.
class RecordListDialog : public QDialog
{
    Q_OBJECT

public:
    // `items`: the list as RecordTableModel's edit value; `labels` and
    // `ids`: what a reference may point to (empty for other kinds).
    RecordListDialog(const QString &title, const QStringList &items, const QStringList &labels,
                     const QStringList &ids, QWidget *parent = nullptr);

    QStringList items() const;
    QListWidget *choices() const { return m_choices; }
    QPlainTextEdit *lines() const { return m_lines; }

private:
    QListWidget *m_choices = nullptr;
    QPlainTextEdit *m_lines = nullptr;
};

} // namespace gatehouse
