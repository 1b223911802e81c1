#pragma once

#include <QDialog>
#include <QList>

class QListWidget;
class QPushButton;

namespace gatehouse {

namespace audit {
struct MatrixChange;
}

// Shown before a save or an export that changes who may do what: the
// changes in words, those that grow access first and marked, with the
// action's button (Save, Export) and Cancel. Growing access makes Cancel
// the default, so Enter never widens access by accident.
class PlanBeforeSaveDialog : public QDialog
{
    Q_OBJECT

public:
    PlanBeforeSaveDialog(const QString &documentName, const QString &action,
                         const QList<audit::MatrixChange> &changes, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QListWidget *m_list;
    QPushButton *m_accept;
    QPushButton *m_cancel;
};

} // namespace gatehouse
