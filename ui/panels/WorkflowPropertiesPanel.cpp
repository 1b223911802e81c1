#include "WorkflowPropertiesPanel.h"

#include "CheckDelegate.h"
#include "EditorSession.h"
#include "ExpressionEdit.h"
#include "PanelForm.h"
#include "StatusColors.h"
#include "TypeDelegate.h"
#include "commands/ChangeWorkflow.h"
#include "commands/RenameWorkflow.h"
#include "commands/UndoText.h"
#include "model/Diagnostic.h"
#include "models/ParameterTableModel.h"
#include "server/DetectDataController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

WorkflowPropertiesPanel::WorkflowPropertiesPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)),
      m_problem(PanelForm::createProblemLabel(this)), m_name(new QLineEdit(this)),
      m_nameError(new QLabel(this)), m_description(new QPlainTextEdit(this)),
      m_exposed(new QCheckBox(tr("Expose as a public API workflow"), this)),
      m_authenticationLabel(new QLabel(tr("Authentication"), this)),
      m_authentication(new QComboBox(this)),
      m_ignorePrivacy(new QCheckBox(tr("Ignore privacy rules when running the workflow"), this)),
      m_method(new QComboBox(this)), m_source(new QComboBox(this)),
      m_parameters(new ParameterTableModel(session, this)), m_parameterTable(new QTableView(this)),
      m_detectData(new QPushButton(tr("Detect Data\u2026"), this)),
      m_return200(new QCheckBox(tr("Return a 200 if condition is not met"), this)),
      m_condition(new ExpressionEdit(this))
{
    buildForm();
    connect(session->document(), &ProjectDocument::changed, this,
            &WorkflowPropertiesPanel::refresh);
}

void WorkflowPropertiesPanel::buildForm()
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_name->setObjectName(u"workflowName"_s);
    m_name->setToolTip(tr("The endpoint's URL segment; callers must change their URL when it "
                          "changes"));
    m_nameError->setWordWrap(true);
    m_nameError->setObjectName(u"workflowNameError"_s);
    m_nameError->hide();
    m_description->setToolTip(tr("Notes for reviewers; callers never see them"));
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_description->setTabChangesFocus(true);
    m_exposed->setToolTip(tr("When on, anyone who knows the URL can reach this workflow, "
                             "subject to the authentication below"));
    m_authentication->setToolTip(tr("Who may call: no one is checked, any logged-in user or an "
                                    "admin token, or admin tokens only"));
    for (AuthMode mode : {AuthMode::NoneRequired, AuthMode::UserAndAdmin, AuthMode::AdminOnly})
        m_authentication->addItem(authModeDisplayName(mode), int(mode));
    m_authenticationLabel->setBuddy(m_authentication);
    m_ignorePrivacy->setToolTip(tr("When on, searches in this workflow see every record, "
                                   "whatever the caller's privacy rules allow"));
    m_method->addItem(u"POST"_s, int(HttpMethod::Post));
    m_method->addItem(u"GET"_s, int(HttpMethod::Get));
    m_method->setToolTip(tr("The HTTP method; GET puts parameters in URLs, which servers and "
                            "proxies log"));
    m_source->addItem(tr("Body (JSON or form)"), int(ParameterSource::Body));
    m_source->addItem(tr("Querystring"), int(ParameterSource::Querystring));
    m_source->setToolTip(tr("Where parameters arrive; querystrings end up in logs, so keep "
                            "secrets in the body"));
    m_return200->setToolTip(tr("When on, a call whose condition fails gets 200 instead of an "
                               "error, so callers cannot tell it was refused"));
    m_condition->setupAsCondition(
        u"workflowCondition"_s, tr("Nothing runs unless this is yes; a condition that errs counts "
                                   "as no"));

    QFormLayout *form = PanelForm::create(this, m_title);
    form->addRow(m_problem);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameError);
    auto *nameLabel = new QLabel(tr("&Name"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameColumn);
    form->addRow(tr("&Description"), m_description);
    form->addRow(m_exposed);
    form->addRow(m_authenticationLabel, m_authentication);
    form->addRow(m_ignorePrivacy);
    form->addRow(tr("&Trigger"), m_method);
    form->addRow(tr("Parameters &from"), m_source);
    form->addRow(buildParameters());
    form->addRow(m_return200);
    form->addRow(tr("Only &when"), m_condition);

    connect(m_name, &QLineEdit::editingFinished, this, &WorkflowPropertiesPanel::commitName);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_description->toPlainText();
        pushEdit(
            UndoText::change(workflowName(), tr("description")),
            [&](Workflow &w) { w.description = text; }, u"description"_s);
    });
    connect(m_exposed, &QCheckBox::toggled, this, [this](bool on) {
        pushEdit(on ? tr("Expose %1 as a public API workflow").arg(workflowName())
                    : tr("Stop exposing %1").arg(workflowName()),
                 [on](Workflow &w) { w.exposed = on; });
    });
    connect(m_authentication, &QComboBox::activated, this, [this] {
        const auto mode = AuthMode(m_authentication->currentData().toInt());
        pushEdit(UndoText::set(workflowName(), tr("authentication"), authModeDisplayName(mode)),
                 [mode](Workflow &w) { w.authentication = mode; });
    });
    connect(m_ignorePrivacy, &QCheckBox::toggled, this, [this](bool on) {
        pushEdit(on ? tr("Make %1 ignore privacy rules").arg(workflowName())
                    : tr("Make %1 follow privacy rules").arg(workflowName()),
                 [on](Workflow &w) { w.ignorePrivacyRules = on; });
    });
    connect(m_method, &QComboBox::activated, this, [this] {
        const auto method = HttpMethod(m_method->currentData().toInt());
        pushEdit(UndoText::set(workflowName(), tr("trigger"), m_method->currentText()),
                 [method](Workflow &w) {
                     w.method = method;
                     if (method == HttpMethod::Get) // GET has no body
                         w.parameterSource = ParameterSource::Querystring;
                 });
    });
    connect(m_source, &QComboBox::activated, this, [this] {
        const auto source = ParameterSource(m_source->currentData().toInt());
        pushEdit(UndoText::set(workflowName(), tr("parameter source"), m_source->currentText()),
                 [source](Workflow &w) { w.parameterSource = source; });
    });
    connect(m_return200, &QCheckBox::toggled, this, [this](bool on) {
        pushEdit(UndoText::set(workflowName(), tr("return 200 if condition is not met"),
                               on ? tr("on") : tr("off")),
                 [on](Workflow &w) { w.return200IfConditionNotMet = on; });
    });
    connect(m_condition, &ExpressionEdit::textEdited, this, [this](const QString &text) {
        pushEdit(
            UndoText::set(workflowName(), tr("condition"), UndoText::value(text)),
            [&](Workflow &w) { w.condition = text; },
            m_condition->editIsClick() ? QString() : u"condition"_s);
    });
}

QWidget *WorkflowPropertiesPanel::buildParameters()
{
    auto *box = new QWidget(this);
    m_parameterTable->setObjectName(u"parameterTable"_s);
    m_parameterTable->setModel(m_parameters);
    m_parameterTable->setItemDelegateForColumn(ParameterTableModel::TypeColumn,
                                               new TypeDelegate(m_parameterTable));
    for (int column : {ParameterTableModel::ListColumn, ParameterTableModel::OptionalColumn})
        m_parameterTable->setItemDelegateForColumn(column, new CheckDelegate(m_parameterTable));
    m_parameterTable->verticalHeader()->hide();
    m_parameterTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_parameterTable->horizontalHeader()->setSectionResizeMode(ParameterTableModel::KeyColumn,
                                                               QHeaderView::Stretch);
    m_parameterTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    PanelForm::fitToRows(m_parameterTable, 2);
    m_parameterTable->setToolTip(tr("What callers must send; a parameter that is not optional "
                                    "is checked before anything runs"));
    auto *add = new QPushButton(tr("Add Parameter"), box);
    add->setObjectName(u"addParameter"_s);
    auto *remove = new QPushButton(tr("Remove"), box);
    connect(add, &QPushButton::clicked, this, &WorkflowPropertiesPanel::addParameter);
    connect(remove, &QPushButton::clicked, this, &WorkflowPropertiesPanel::removeParameter);
    m_detectData->setObjectName(u"detectData"_s);
    connect(m_detectData, &QPushButton::clicked, this,
            [this] { emit detectDataRequested(workflowName()); });
    PanelForm::addRowKeys(
        m_parameterTable, tr("Add Parameter"), [this] { addParameter(); }, tr("Remove Parameter"),
        [this] { removeParameter(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    // On the heading's row: the row of buttons below has no room to spare.
    auto *heading = new QHBoxLayout;
    heading->addWidget(new QLabel(tr("Parameters"), box));
    heading->addStretch();
    heading->addWidget(m_detectData);
    layout->addLayout(heading);
    layout->addWidget(m_parameterTable);
    layout->addLayout(buttons);
    return box;
}

QString WorkflowPropertiesPanel::workflowName() const
{
    const Workflow *current = workflow();
    return current ? current->name : QString();
}

const Workflow *WorkflowPropertiesPanel::workflow() const
{
    const auto &workflows = m_session->document()->project().workflows;
    return m_workflow >= 0 && m_workflow < workflows.size() ? &workflows.at(m_workflow) : nullptr;
}

void WorkflowPropertiesPanel::setWorkflow(int index)
{
    m_workflow = index;
    m_parameters->setWorkflow(index);
    m_nameError->hide();
    m_problem->hide();
    refresh();
}

void WorkflowPropertiesPanel::refresh()
{
    const Workflow *current = workflow();
    if (!current)
        return;
    m_refreshing = true;
    m_title->setText(tr("API workflow %1").arg(current->name));
    if (!m_name->hasFocus() || !m_name->isModified())
        m_name->setText(current->name);
    if (m_description->toPlainText() != current->description)
        m_description->setPlainText(current->description);
    m_exposed->setChecked(current->exposed);
    m_authentication->setCurrentIndex(m_authentication->findData(int(current->authentication)));
    // As in Bubble: authentication means nothing for a workflow nobody can call.
    m_authenticationLabel->setVisible(current->exposed);
    m_authentication->setVisible(current->exposed);
    m_ignorePrivacy->setChecked(current->ignorePrivacyRules);
    m_method->setCurrentIndex(m_method->findData(int(current->method)));
    m_source->setCurrentIndex(m_source->findData(int(current->parameterSource)));
    m_source->setEnabled(current->method == HttpMethod::Post);
    refreshDetectData(*current);
    m_return200->setChecked(current->return200IfConditionNotMet);
    m_condition->setContext({&m_session->document()->project(),
                             m_workflow,
                             -1,
                             ExpressionChecker::Place::WorkflowCondition,
                             {},
                             {}});
    m_condition->setText(current->condition);
    m_refreshing = false;
}

void WorkflowPropertiesPanel::refreshDetectData(const Workflow &current)
{
    const QString reason =
        DetectDataController::unavailableReason(m_session->document()->project(), current);
    m_detectData->setEnabled(reason.isEmpty());
    m_detectData->setToolTip(
        reason.isEmpty() ? tr("Listen on the test server for the next call to this workflow's "
                              "/initialize and propose its keys as parameters, with their types")
                         : reason);
}

void WorkflowPropertiesPanel::pushEdit(const QString &text,
                                       const std::function<void(Workflow &)> &edit,
                                       const QString &fieldKey)
{
    const Workflow *current = workflow();
    if (m_refreshing || !current)
        return;
    Workflow edited = *current;
    edit(edited);
    if (edited == *current)
        return;
    auto *command = fieldKey.isEmpty()
                        ? new ChangeWorkflow(m_session->document(), m_workflow, edited, text)
                        : new ChangeWorkflow(m_session->document(), m_workflow, edited, text,
                                             CommandId::ChangeWorkflowText, fieldKey);
    if (!m_session->push(command))
        refresh(); // show the document's value again, not the refused one
}

void WorkflowPropertiesPanel::commitName()
{
    const Workflow *current = workflow();
    const QString name = m_name->text().trimmed();
    m_name->setModified(false);
    if (!current || name == current->name) {
        m_nameError->hide();
        return;
    }
    const Result<> renamed =
        m_session->push(new RenameWorkflow(m_session->document(), m_workflow, name));
    m_nameError->setText(renamed.errorMessage());
    QPalette palette = m_nameError->palette();
    palette.setColor(QPalette::WindowText, StatusColors::error(this->palette()));
    m_nameError->setPalette(palette);
    m_nameError->setVisible(!renamed.ok());
}

void WorkflowPropertiesPanel::addParameter()
{
    const Workflow *current = workflow();
    if (!current)
        return;
    QString key = u"parameter"_s;
    for (int n = 2; current->findParameter(key); ++n)
        key = u"parameter_%1"_s.arg(n);
    pushEdit(tr("Add parameter %1 to %2").arg(key, current->name), [&](Workflow &w) {
        w.parameters.append(Parameter{key, FieldType::text(), false});
    });
    m_parameterTable->setFocus();
    m_parameterTable->setCurrentIndex(
        m_parameters->index(m_parameters->rowCount() - 1, ParameterTableModel::KeyColumn));
}

void WorkflowPropertiesPanel::removeParameter()
{
    const int row = m_parameterTable->currentIndex().row();
    if (row < 0)
        return;
    const Workflow *current = workflow();
    const QString key =
        current && row < current->parameters.size() ? current->parameters.at(row).key : QString();
    pushEdit(tr("Remove parameter %1 from %2").arg(key, workflowName()), [row](Workflow &w) {
        if (row < w.parameters.size())
            w.parameters.removeAt(row);
    });
    // The row that took its place is current, so Delete again goes on.
    const int rows = m_parameters->rowCount();
    if (rows > 0)
        m_parameterTable->setCurrentIndex(
            m_parameters->index(qMin(row, rows - 1), ParameterTableModel::KeyColumn));
}

QWidget *WorkflowPropertiesPanel::showProblem(const Diagnostic &diagnostic)
{
    PanelForm::showProblem(m_problem, diagnostic);
    if (diagnostic.field == u"condition"_s)
        return m_condition->lineEdit();
    if (diagnostic.field == u"trigger"_s)
        return m_source;
    if (diagnostic.field == u"authentication"_s)
        return m_authentication;
    if (diagnostic.field == u"parameter"_s) {
        const Workflow *current = workflow();
        for (int row = 0; current && row < current->parameters.size(); ++row) {
            if (current->parameters.at(row).key == diagnostic.key)
                m_parameterTable->setCurrentIndex(
                    m_parameters->index(row, ParameterTableModel::KeyColumn));
        }
        return m_parameterTable;
    }
    return m_name;
}

} // namespace gatehouse
