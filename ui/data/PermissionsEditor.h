#pragma once

#include "model/PrivacyPermissions.h"

#include <QWidget>

class QCheckBox;
class QListWidget;

namespace gatehouse {

// What one privacy rule (or a type's everyone else) grants, as Bubble lays
// it out: view all fields or a chosen list, find in searches, view attached
// files, auto-binding (on which fields) and, for a type in the Data API,
// create, modify and delete via the API. Says each change by `edited`; the
// owner makes it an undoable command.
class PermissionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionsEditor(QWidget *parent = nullptr);

    // Shows `permissions` for a type with `fieldNames`; the API boxes are
    // enabled only when the Data API exposes the type.
    void showPermissions(const PrivacyPermissions &permissions, const QStringList &fieldNames,
                         bool inDataApi);
    const PrivacyPermissions &permissions() const { return m_permissions; }

    QCheckBox *viewAllFieldsBox() const { return m_viewAll; }
    QCheckBox *findBox() const { return m_find; }
    QListWidget *viewableFieldList() const { return m_viewable; }

signals:
    // `what` names the permission for the undo text: "find this in searches".
    void edited(const PrivacyPermissions &permissions, const QString &what);

private:
    QCheckBox *addBox(const QString &text, const QString &objectName,
                      bool PrivacyPermissions::*flag, const QString &what);
    QListWidget *addFieldList(const QString &objectName, QStringList PrivacyPermissions::*fields,
                              const QString &what);
    void fillFieldList(QListWidget *list, const QStringList &names, const QStringList &chosen);
    void updateEnabled();

    PrivacyPermissions m_permissions;
    bool m_inDataApi = false;
    bool m_showing = false;
    QCheckBox *m_viewAll = nullptr;
    QListWidget *m_viewable = nullptr;
    QCheckBox *m_find = nullptr;
    QCheckBox *m_files = nullptr;
    QCheckBox *m_autoBinding = nullptr;
    QListWidget *m_autoBindingFields = nullptr;
    QList<QCheckBox *> m_apiBoxes;
};

} // namespace gatehouse
