#pragma once

#include "model/Project.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace gatehouse {

class ExpressionEdit;
class PermissionsEditor;

// One privacy rule as Bubble lays it out: its name, its "When" condition
// (checked and completed as it is typed, `This <Type>` in scope) and what it
// grants; or a type's everyone else, which has permissions only. The
// warnings the audit finds for it are shown under it. Edits are announced,
// never made here: the panel makes each an undoable command.
class PrivacyRuleForm : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyRuleForm(QWidget *parent = nullptr);

    // `rule` -1: the type's everyone else.
    void showRule(std::shared_ptr<const Project> snapshot, int type, int rule);
    void setWarnings(const QStringList &warnings);
    // Says why a rename was not made; empty clears it.
    void showNameError(const QString &text);

    QLineEdit *nameEdit() const { return m_name; }
    ExpressionEdit *conditionEdit() const { return m_condition; }
    PermissionsEditor *permissionsEditor() const { return m_permissions; }
    QLabel *warningsLabel() const { return m_warnings; }

signals:
    void renamed(const QString &name);
    void conditionEdited(const QString &text, bool byClick);
    void permissionsEdited(const PrivacyPermissions &permissions, const QString &what);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void commitName();
    void fitHeightToWidth();

    QLabel *m_title;
    QLineEdit *m_name;
    QLabel *m_nameError;
    ExpressionEdit *m_condition;
    PermissionsEditor *m_permissions;
    QLabel *m_warnings;
    bool m_everyoneElse = false;
    QString m_shownName;
};

} // namespace gatehouse
