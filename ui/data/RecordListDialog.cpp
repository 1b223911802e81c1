#include "RecordListDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RecordListDialog::RecordListDialog(const QString &title, const QStringList &items,
                                   const QStringList &labels, const QStringList &ids,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"recordListDialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (!ids.isEmpty()) {
        layout->addWidget(new QLabel(tr("Tick the records the list holds:")));
        m_choices = new QListWidget;
        m_choices->setObjectName(u"listChoices"_s);
        for (int i = 0; i < ids.size(); ++i) {
            if (ids.at(i).isEmpty())
                continue; // the table's "none" entry
            auto *item = new QListWidgetItem(labels.value(i), m_choices);
            item->setData(Qt::UserRole, ids.at(i));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(items.contains(ids.at(i)) ? Qt::Checked : Qt::Unchecked);
        }
        layout->addWidget(m_choices, 1);
    } else {
        layout->addWidget(new QLabel(tr("One value a line:")));
        m_lines = new QPlainTextEdit(items.join(u'\n'));
        m_lines->setObjectName(u"listLines"_s);
        m_lines->setTabChangesFocus(true);
        layout->addWidget(m_lines, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(360, 300);
}

QStringList RecordListDialog::items() const
{
    QStringList out;
    if (m_lines)
        return m_lines->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (int row = 0; row < m_choices->count(); ++row) {
        if (m_choices->item(row)->checkState() == Qt::Checked)
            out.append(m_choices->item(row)->data(Qt::UserRole).toString());
    }
    return out;
}

} // namespace gatehouse
