#pragma once

#include "model/DataType.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace gatehouse {

class DataTypeListModel;
class EditorSession;
class PrivacyRuleForm;
class PrivacyRuleListModel;

// Bubble's Data tab, Privacy: a type's rules in order and its everyone
// else, the chosen one's form beside them, and the audit's warnings for each
// as it is edited. Every change is one undoable ChangeDataType (a run of
// typing in a condition merges into one).
class PrivacyRulesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyRulesPanel(EditorSession *session, QWidget *parent = nullptr);

    QComboBox *typeChooser() const { return m_typeChooser; }
    QListView *ruleView() const { return m_rules; }
    PrivacyRuleListModel *ruleModel() const { return m_ruleModel; }
    PrivacyRuleForm *form() const { return m_form; }
    QLabel *typeWarnings() const { return m_typeWarnings; }

    void selectType(int index);
    void selectRow(int row);
    bool addRule();
    bool duplicateRule();
    bool deleteRule();
    bool moveRule(int by);
    // One rule (`self` on User, `creator` elsewhere) granting everything but
    // the Data API's writes, and everyone else nothing.
    bool makePrivate();
    // Computes the warnings now rather than after the short pause that
    // follows an edit.
    void refreshWarnings();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const DataType *type() const;
    int currentRow() const;
    int currentRule() const;
    bool pushEdit(const QString &text, const std::function<void(DataType &)> &edit,
                  const QString &fieldKey = {});
    void showCurrent();
    void updateButtons();
    void rename(const QString &name);
    void editCondition(const QString &text, bool byClick);
    void editPermissions(const PrivacyPermissions &permissions, const QString &what);
    QString freeRuleName(const QString &base) const;
    QWidget *buildButtons();

    EditorSession *m_session;
    DataTypeListModel *m_typeModel;
    PrivacyRuleListModel *m_ruleModel;
    QComboBox *m_typeChooser;
    QListView *m_rules;
    PrivacyRuleForm *m_form;
    QLabel *m_typeWarnings;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QTimer *m_warningTimer;
    int m_keepRow = 0;
    bool m_warningsStale = true; // an edit came while the panel was hidden
};

} // namespace gatehouse
