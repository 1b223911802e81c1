#include "PrivacyRulesPanel.h"

#include "DataTypeListModel.h"
#include "EditorSession.h"
#include "PrivacyRuleForm.h"
#include "PrivacyRuleListModel.h"
#include "audit/PrivacyWarnings.h"
#include "commands/ChangeDataType.h"
#include "expr/Keywords.h"
#include "panels/ExpressionEdit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

QStringList messagesOf(const QList<audit::Finding> &findings)
{
    QStringList out;
    for (const audit::Finding &finding : findings)
        out.append(finding.message);
    return out;
}

} // namespace

PrivacyRulesPanel::PrivacyRulesPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_typeModel(new DataTypeListModel(session, this)),
      m_ruleModel(new PrivacyRuleListModel(session->document(), this)),
      m_typeChooser(new QComboBox), m_rules(new QListView), m_form(new PrivacyRuleForm),
      m_typeWarnings(new QLabel), m_warningTimer(new QTimer(this))
{
    m_typeChooser->setObjectName(u"privacyType"_s);
    m_typeChooser->setModel(m_typeModel);
    m_rules->setObjectName(u"privacyRuleList"_s);
    m_rules->setModel(m_ruleModel);
    m_rules->setMinimumWidth(120);
    m_rules->setMaximumWidth(200);
    m_rules->setIconSize(QSize(16, 16));
    m_typeWarnings->setObjectName(u"typeWarnings"_s);
    m_typeWarnings->setWordWrap(true);
    m_typeWarnings->hide();
    m_warningTimer->setSingleShot(true);
    m_warningTimer->setInterval(150);

    auto *makePrivateButton = button(tr("Make this type private"), u"makePrivate"_s);
    makePrivateButton->setToolTip(
        tr("One rule for the record's creator (a user's own record on User) and nothing for "
           "everyone else"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Privacy rules of")));
    top->addWidget(m_typeChooser, 1);
    top->addWidget(makePrivateButton);
    auto *ruleColumn = new QVBoxLayout;
    ruleColumn->addWidget(m_rules, 1);
    ruleColumn->addWidget(buildButtons());
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *columns = new QHBoxLayout;
    columns->addLayout(ruleColumn, 2);
    columns->addWidget(scroll, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_typeWarnings);
    layout->addLayout(columns, 1);

    connect(makePrivateButton, &QPushButton::clicked, this, &PrivacyRulesPanel::makePrivate);
    connect(m_typeChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ruleModel->setTypeIndex(index);
        selectRow(0);
        refreshWarnings();
    });
    connect(m_rules->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_keepRow = currentRow();
        showCurrent();
    });
    // A rule added or removed resets the rows: the same place stays chosen.
    connect(m_ruleModel, &QAbstractItemModel::modelReset, this, [this] { selectRow(m_keepRow); });
    connect(m_ruleModel, &QAbstractItemModel::dataChanged, this, [this] { showCurrent(); });
    connect(session->document(), &ProjectDocument::settingsChanged, this,
            &PrivacyRulesPanel::showCurrent);
    connect(session->document(), &ProjectDocument::changed, m_warningTimer,
            qOverload<>(&QTimer::start));
    connect(m_warningTimer, &QTimer::timeout, this, &PrivacyRulesPanel::refreshWarnings);
    connect(m_form, &PrivacyRuleForm::renamed, this, &PrivacyRulesPanel::rename);
    connect(m_form, &PrivacyRuleForm::conditionEdited, this, &PrivacyRulesPanel::editCondition);
    connect(m_form, &PrivacyRuleForm::permissionsEdited, this, &PrivacyRulesPanel::editPermissions);
    selectType(0);
}

QWidget *PrivacyRulesPanel::buildButtons()
{
    auto *add = button(tr("Add rule"), u"addRule"_s);
    m_duplicate = button(tr("Duplicate"), u"duplicateRule"_s);
    m_delete = button(tr("Delete"), u"deleteRule"_s);
    m_up = button(tr("Move up"), u"moveRuleUp"_s);
    m_down = button(tr("Move down"), u"moveRuleDown"_s);
    connect(add, &QPushButton::clicked, this, &PrivacyRulesPanel::addRule);
    connect(m_duplicate, &QPushButton::clicked, this, &PrivacyRulesPanel::duplicateRule);
    connect(m_delete, &QPushButton::clicked, this, &PrivacyRulesPanel::deleteRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    auto *buttons = new QWidget;
    auto *grid = new QGridLayout(buttons);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(add, 0, 0);
    grid->addWidget(m_duplicate, 0, 1);
    grid->addWidget(m_delete, 1, 0);
    grid->addWidget(m_up, 1, 1);
    grid->addWidget(m_down, 2, 1);
    return buttons;
}

const DataType *PrivacyRulesPanel::type() const
{
    const auto &types = m_session->document()->project().dataTypes;
    const int index = m_ruleModel->typeIndex();
    return index >= 0 && index < types.size() ? &types.at(index) : nullptr;
}

int PrivacyRulesPanel::currentRow() const
{
    return m_rules->currentIndex().isValid() ? m_rules->currentIndex().row() : -1;
}

int PrivacyRulesPanel::currentRule() const
{
    return m_ruleModel->ruleOfRow(currentRow());
}

void PrivacyRulesPanel::selectType(int index)
{
    if (index >= 0 && index < m_typeModel->rowCount() && index != m_typeChooser->currentIndex())
        m_typeChooser->setCurrentIndex(index); // follows through currentIndexChanged
    else if (m_ruleModel->typeIndex() != index)
        m_ruleModel->setTypeIndex(index);
    selectRow(0);
}

void PrivacyRulesPanel::selectRow(int row)
{
    const int rows = m_ruleModel->rowCount();
    if (rows > 0)
        m_rules->setCurrentIndex(m_ruleModel->index(qBound(0, row, rows - 1)));
    showCurrent();
}

void PrivacyRulesPanel::showCurrent()
{
    const bool shown = type() && currentRow() >= 0;
    m_form->setEnabled(shown);
    if (shown) {
        m_form->showRule(m_session->document()->snapshot(), m_ruleModel->typeIndex(),
                         currentRule());
        m_form->setWarnings(
            m_rules->currentIndex().data(PrivacyRuleListModel::WarningsRole).toStringList());
    }
    updateButtons();
}

void PrivacyRulesPanel::updateButtons()
{
    const int rule = currentRule();
    const int rules = type() ? int(type()->privacyRules.size()) : 0;
    m_duplicate->setEnabled(rule >= 0);
    m_delete->setEnabled(rule >= 0);
    m_up->setEnabled(rule > 0);
    m_down->setEnabled(rule >= 0 && rule < rules - 1);
}

// The audit's checks cost time on a large project: a hidden panel leaves
// them until it is shown.
void PrivacyRulesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_warningsStale)
        refreshWarnings();
}

void PrivacyRulesPanel::refreshWarnings()
{
    m_warningTimer->stop();
    m_warningsStale = !isVisible();
    if (m_warningsStale)
        return;
    const DataType *current = type();
    if (!current) {
        m_typeWarnings->hide();
        return;
    }
    const audit::PrivacyWarnings warnings(m_session->document()->project(), current->name,
                                          QDateTime::currentDateTimeUtc());
    QHash<QString, QStringList> byRule;
    for (const PrivacyRule &rule : current->privacyRules)
        byRule.insert(rule.name, messagesOf(warnings.forRule(rule.name)));
    m_ruleModel->setWarnings(byRule, messagesOf(warnings.forEveryoneElse()));
    const QStringList typeLevel = messagesOf(warnings.forTypeOnly());
    m_typeWarnings->setText(u"⚠ "_s + typeLevel.join(u"\n⚠ "_s));
    m_typeWarnings->setVisible(!typeLevel.isEmpty());
    showCurrent();
}

bool PrivacyRulesPanel::pushEdit(const QString &text, const std::function<void(DataType &)> &edit,
                                 const QString &fieldKey)
{
    const DataType *current = type();
    if (!current)
        return false;
    DataType edited = *current;
    edit(edited);
    if (edited == *current)
        return false;
    const int index = m_ruleModel->typeIndex();
    auto *command = fieldKey.isEmpty()
                        ? new ChangeDataType(m_session->document(), index, edited, text)
                        : new ChangeDataType(m_session->document(), index, edited, text,
                                             CommandId::ChangeDataTypeText, fieldKey);
    if (m_session->push(command).ok())
        return true;
    showCurrent(); // the document's value again, not the refused one
    return false;
}

QString PrivacyRulesPanel::freeRuleName(const QString &base) const
{
    QString name = base;
    for (int n = 2; type() && type()->indexOfRule(name) >= 0; ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    return name;
}

bool PrivacyRulesPanel::addRule()
{
    const DataType *current = type();
    if (!current)
        return false;
    const QString name = freeRuleName(u"new rule"_s);
    const int at = currentRule() >= 0 ? currentRule() + 1 : int(current->privacyRules.size());
    m_keepRow = at;
    const bool added =
        pushEdit(tr("Add privacy rule %1 to %2").arg(name, current->name), [&](DataType &edited) {
            edited.privacyRules.insert(at, PrivacyRule{name, {}, {}});
        });
    if (added)
        m_form->conditionEdit()->lineEdit()->setFocus(Qt::OtherFocusReason);
    return added;
}

bool PrivacyRulesPanel::duplicateRule()
{
    const int rule = currentRule();
    if (rule < 0)
        return false;
    PrivacyRule copy = type()->privacyRules.at(rule);
    const QString from = copy.name;
    copy.name = freeRuleName(from + tr(" copy"));
    m_keepRow = rule + 1;
    return pushEdit(tr("Duplicate privacy rule %1 of %2").arg(from, type()->name),
                    [&](DataType &edited) { edited.privacyRules.insert(rule + 1, copy); });
}

bool PrivacyRulesPanel::deleteRule()
{
    const int rule = currentRule();
    if (rule < 0)
        return false;
    const QString name = type()->privacyRules.at(rule).name;
    m_keepRow = rule;
    return pushEdit(tr("Delete privacy rule %1 of %2").arg(name, type()->name),
                    [&](DataType &edited) { edited.privacyRules.removeAt(rule); });
}

bool PrivacyRulesPanel::moveRule(int by)
{
    const int rule = currentRule();
    const int to = rule + by;
    if (rule < 0 || to < 0 || to >= type()->privacyRules.size())
        return false;
    const QString name = type()->privacyRules.at(rule).name;
    if (!pushEdit(tr("Move privacy rule %1 of %2").arg(name, type()->name),
                  [&](DataType &edited) { edited.privacyRules.move(rule, to); }))
        return false;
    selectRow(to);
    return true;
}

bool PrivacyRulesPanel::makePrivate()
{
    const DataType *current = type();
    if (!current)
        return false;
    const bool isUser = current->isUser();
    PrivacyRule own{isUser ? u"self"_s : u"creator"_s,
                    isUser ? u"This User is Current User"_s
                           : u"This %1's Creator is Current User"_s.arg(
                                 expr::Keywords::writeName(current->name)),
                    PrivacyPermissions::everything()};
    own.permissions.createViaApi = own.permissions.modifyViaApi = own.permissions.deleteViaApi =
        false;
    m_keepRow = 0;
    return pushEdit(tr("Make %1 private").arg(current->name), [&](DataType &edited) {
        if (const int existing = edited.indexOfRule(own.name); existing >= 0)
            edited.privacyRules.removeAt(existing);
        edited.privacyRules.prepend(own);
        edited.everyoneElse = PrivacyPermissions::nothing();
    });
}

void PrivacyRulesPanel::rename(const QString &name)
{
    const int rule = currentRule();
    if (rule < 0)
        return;
    if (name.isEmpty() || type()->indexOfRule(name) >= 0) {
        m_form->showNameError(name.isEmpty()
                                  ? tr("A privacy rule needs a name.")
                                  : tr("%1 already has a rule named %2.").arg(type()->name, name));
        return;
    }
    m_form->showNameError({});
    const QString from = type()->privacyRules.at(rule).name;
    pushEdit(tr("Rename privacy rule %1 of %2 to %3").arg(from, type()->name, name),
             [&](DataType &edited) { edited.privacyRules[rule].name = name; });
}

void PrivacyRulesPanel::editCondition(const QString &text, bool byClick)
{
    const int rule = currentRule();
    if (rule < 0)
        return;
    const QString name = type()->privacyRules.at(rule).name;
    pushEdit(
        tr("Change the condition of privacy rule %1 of %2").arg(name, type()->name),
        [&](DataType &edited) { edited.privacyRules[rule].condition = text; },
        byClick ? QString() : u"rule-condition:"_s + name);
}

void PrivacyRulesPanel::editPermissions(const PrivacyPermissions &permissions, const QString &what)
{
    const int rule = currentRule();
    const QString whose =
        rule >= 0
            ? tr("privacy rule %1 of %2").arg(type()->privacyRules.at(rule).name, type()->name)
            : tr("everyone else on %1").arg(type()->name);
    pushEdit(tr("Change %1 of %2").arg(what, whose), [&](DataType &edited) {
        if (rule >= 0)
            edited.privacyRules[rule].permissions = permissions;
        else
            edited.everyoneElse = permissions;
    });
}

} // namespace gatehouse
