#include "PermissionsEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

PermissionsEditor::PermissionsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_viewAll = addBox(tr("View all fields"), u"viewAllFields"_s,
                       &PrivacyPermissions::viewAllFields, tr("view all fields"));
    m_viewable = addFieldList(u"viewableFields"_s, &PrivacyPermissions::viewableFields,
                              tr("the fields it may view"));
    m_find = addBox(tr("Find this in searches"), u"findInSearches"_s,
                    &PrivacyPermissions::findInSearches, tr("find this in searches"));
    m_files = addBox(tr("View attached files"), u"viewAttachedFiles"_s,
                     &PrivacyPermissions::viewAttachedFiles, tr("view attached files"));
    m_autoBinding = addBox(tr("Allow auto-binding"), u"allowAutoBinding"_s,
                           &PrivacyPermissions::allowAutoBinding, tr("allow auto-binding"));
    m_autoBindingFields =
        addFieldList(u"autoBindingFields"_s, &PrivacyPermissions::autoBindingFields,
                     tr("the fields it may auto-bind"));
    m_apiBoxes = {addBox(tr("Create via API"), u"createViaApi"_s, &PrivacyPermissions::createViaApi,
                         tr("create via API")),
                  addBox(tr("Modify via API"), u"modifyViaApi"_s, &PrivacyPermissions::modifyViaApi,
                         tr("modify via API")),
                  addBox(tr("Delete via API"), u"deleteViaApi"_s, &PrivacyPermissions::deleteViaApi,
                         tr("delete via API"))};

    // One column, so the form fits a narrow dock and scrolls down.
    layout->addWidget(m_viewAll, 0, 0, 1, 3);
    layout->addWidget(m_viewable, 1, 0, 1, 3);
    layout->addWidget(m_find, 2, 0, 1, 3);
    layout->addWidget(m_files, 3, 0, 1, 3);
    layout->addWidget(m_autoBinding, 4, 0, 1, 3);
    layout->addWidget(m_autoBindingFields, 5, 0, 1, 3);
    layout->addWidget(new QLabel(tr("Via the Data API:")), 6, 0, 1, 3);
    for (int i = 0; i < m_apiBoxes.size(); ++i)
        layout->addWidget(m_apiBoxes.at(i), 7 + i, 0, 1, 3);
}

QCheckBox *PermissionsEditor::addBox(const QString &text, const QString &objectName,
                                     bool PrivacyPermissions::*flag, const QString &what)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    connect(box, &QCheckBox::toggled, this, [this, flag, what](bool on) {
        if (m_showing || m_permissions.*flag == on)
            return;
        m_permissions.*flag = on;
        updateEnabled();
        emit edited(m_permissions, what);
    });
    return box;
}

QListWidget *PermissionsEditor::addFieldList(const QString &objectName,
                                             QStringList PrivacyPermissions::*fields,
                                             const QString &what)
{
    auto *list = new QListWidget;
    list->setObjectName(objectName);
    list->setMinimumHeight(fontMetrics().height() * 3);
    list->setMaximumHeight(fontMetrics().height() * 6);
    connect(list, &QListWidget::itemChanged, this, [this, list, fields, what] {
        if (m_showing)
            return;
        QStringList chosen;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                chosen.append(list->item(row)->text());
        }
        if (chosen == m_permissions.*fields)
            return;
        m_permissions.*fields = chosen;
        emit edited(m_permissions, what);
    });
    return list;
}

void PermissionsEditor::showPermissions(const PrivacyPermissions &permissions,
                                        const QStringList &fieldNames, bool inDataApi)
{
    m_showing = true;
    m_permissions = permissions;
    m_inDataApi = inDataApi;
    m_viewAll->setChecked(permissions.viewAllFields);
    m_find->setChecked(permissions.findInSearches);
    m_files->setChecked(permissions.viewAttachedFiles);
    m_autoBinding->setChecked(permissions.allowAutoBinding);
    m_apiBoxes.at(0)->setChecked(permissions.createViaApi);
    m_apiBoxes.at(1)->setChecked(permissions.modifyViaApi);
    m_apiBoxes.at(2)->setChecked(permissions.deleteViaApi);
    fillFieldList(m_viewable, fieldNames, permissions.viewableFields);
    fillFieldList(m_autoBindingFields, fieldNames, permissions.autoBindingFields);
    updateEnabled();
    m_showing = false;
}

// Keeps the scroll position when the same fields are shown again.
void PermissionsEditor::fillFieldList(QListWidget *list, const QStringList &names,
                                      const QStringList &chosen)
{
    bool same = list->count() == names.size();
    for (int row = 0; same && row < list->count(); ++row)
        same = list->item(row)->text() == names.at(row);
    if (!same) {
        list->clear();
        for (const QString &name : names) {
            auto *item = new QListWidgetItem(name, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
    }
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(chosen.contains(names.at(row)) ? Qt::Checked
                                                                      : Qt::Unchecked);
}

void PermissionsEditor::updateEnabled()
{
    m_viewable->setEnabled(!m_permissions.viewAllFields);
    m_viewable->setToolTip(m_permissions.viewAllFields
                               ? tr("Every field is viewable; clear View all fields to choose")
                               : tr("The fields this grants to view"));
    m_autoBindingFields->setEnabled(m_permissions.allowAutoBinding);
    for (QCheckBox *box : m_apiBoxes) {
        box->setEnabled(m_inDataApi);
        box->setToolTip(m_inDataApi ? QString()
                                    : tr("The Data API does not expose this type (API Settings)"));
    }
}

} // namespace gatehouse
