#include "PlanBeforeSaveDialog.h"

#include "audit/MatrixDiff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

PlanBeforeSaveDialog::PlanBeforeSaveDialog(const QString &documentName, const QString &action,
                                           const QList<audit::MatrixChange> &changes,
                                           QWidget *parent)
    : QDialog(parent), m_list(new QListWidget)
{
    setObjectName(u"planBeforeSave"_s);
    setWindowTitle(tr("Access Changes in %1").arg(documentName));
    const auto growing = std::count_if(changes.cbegin(), changes.cend(),
                                       [](const audit::MatrixChange &c) { return c.grows; });
    const QString counted =
        growing == 0 ? tr("None of them grows access.")
        : growing == 1
            ? tr("One of them grows access (marked \u25B2, first); the others reduce it (\u25BC).")
            : tr("%1 of them grow access (marked \u25B2, first); the others reduce it (\u25BC).")
                  .arg(growing);
    auto *heading = new QLabel(tr("<p><b>These edits change who may do what</b>, compared with "
                                  "the project as last saved or opened: %1 change%2.</p><p>%3</p>")
                                   .arg(changes.size())
                                   .arg(changes.size() == 1 ? QString() : u"s"_s, counted));
    heading->setWordWrap(true);
    m_list->setObjectName(u"accessChanges"_s);
    for (const audit::MatrixChange &change : changes) {
        auto *item =
            new QListWidgetItem((change.grows ? u"\u25B2  "_s : u"\u25BC  "_s) + change.text);
        item->setData(Qt::UserRole, change.grows);
        item->setToolTip(change.grows ? tr("Grows access: more is let through, or a condition "
                                           "changed")
                                      : tr("Reduces access"));
        if (change.grows) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_list->addItem(item);
    }
    auto *buttons = new QDialogButtonBox;
    m_accept = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_accept->setObjectName(u"planAccept"_s);
    // Growing access: Enter and the first focus land on Cancel.
    QPushButton *safe = growing > 0 ? m_cancel : m_accept;
    (safe == m_cancel ? m_accept : m_cancel)->setAutoDefault(false);
    safe->setDefault(true);
    safe->setFocus(Qt::OtherFocusReason);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 380);
}

} // namespace gatehouse
