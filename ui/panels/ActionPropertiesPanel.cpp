#include "ActionPropertiesPanel.h"

#include "ActionDefaults.h"
#include "EditorSession.h"
#include "ExpressionDelegate.h"
#include "ExpressionEdit.h"
#include "KeyDelegate.h"
#include "PanelForm.h"
#include "commands/ActionEdits.h"
#include "commands/ChangeWorkflow.h"
#include "commands/UndoText.h"
#include "model/Diagnostic.h"
#include "models/AssignmentTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ActionPropertiesPanel::ActionPropertiesPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)),
      m_problem(PanelForm::createProblemLabel(this)),
      m_dataTypeLabel(new QLabel(tr("Type of thing"), this)), m_dataType(new QComboBox(this)),
      m_targetLabel(new QLabel(this)), m_target(new ExpressionEdit(this)),
      m_workflowLabel(new QLabel(tr("API workflow"), this)), m_workflowCombo(new QComboBox(this)),
      m_assignments(new AssignmentTableModel(session, this)),
      m_assignmentTable(new QTableView(this)),
      m_addAssignment(new QPushButton(tr("Add Value"), this)),
      m_removeAssignment(new QPushButton(tr("Remove"), this)), m_condition(new ExpressionEdit(this))
{
    buildForm();
    connect(session->document(), &ProjectDocument::changed, this, &ActionPropertiesPanel::refresh);
}

void ActionPropertiesPanel::buildForm()
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_dataType->setToolTip(tr("The data type this step writes; its privacy rules apply unless "
                              "the workflow ignores them"));
    m_target->setToolTip(tr("Which records this step touches; a search finds only what the "
                            "caller may find"));
    m_workflowCombo->setToolTip(tr("The workflow to run later; it runs with this workflow's "
                                   "rights, even if it is not exposed"));
    m_assignmentTable->setObjectName(u"assignmentTable"_s);
    m_addAssignment->setObjectName(u"addValue"_s);
    m_assignmentTable->setModel(m_assignments);
    // Values are expressions: completed and checked like the condition.
    m_assignmentTable->setItemDelegateForColumn(
        AssignmentTableModel::ValueColumn,
        new ExpressionDelegate(
            [this](const QModelIndex &index) { return m_assignments->valueContext(index.row()); },
            m_assignmentTable));
    // A step's fields come from its data type: picked, never typed.
    m_assignmentTable->setItemDelegateForColumn(AssignmentTableModel::KeyColumn,
                                                new KeyDelegate(m_assignmentTable));
    PanelForm::addRowKeys(
        m_assignmentTable, tr("Add Value"), [this] { addAssignment(); }, tr("Remove Value"),
        [this] { removeAssignment(); });
    m_assignmentTable->verticalHeader()->hide();
    m_assignmentTable->horizontalHeader()->setStretchLastSection(true);
    PanelForm::fitToRows(m_assignmentTable, 2);
    m_assignmentTable->setToolTip(tr("Each value is an expression; values returned from the API "
                                     "are visible to every caller"));
    m_condition->setupAsCondition(
        u"actionCondition"_s, tr("The step is skipped unless this is yes; a condition that errs "
                                 "counts as no"));

    QFormLayout *form = PanelForm::create(this, m_title);
    form->addRow(m_problem);
    form->addRow(m_dataTypeLabel, m_dataType);
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_workflowLabel, m_workflowCombo);
    form->addRow(m_assignmentTable);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAssignment);
    buttons->addWidget(m_removeAssignment);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(tr("Only &when"), m_condition);

    connect(m_dataType, &QComboBox::activated, this, [this] {
        const QString type = m_dataType->currentText();
        pushEdit(UndoText::set(stepName(), tr("type of thing"), type),
                 [&](Action &a) { a.dataType = type; });
    });
    connect(m_workflowCombo, &QComboBox::activated, this, [this] {
        const QString name = m_workflowCombo->currentText();
        pushEdit(UndoText::set(stepName(), tr("scheduled workflow"), name),
                 [&](Action &a) { a.workflow = name; });
    });
    connect(m_target, &ExpressionEdit::textEdited, this, [this](const QString &text) {
        pushEdit(
            UndoText::set(stepName(), m_targetLabel->text().toLower(), UndoText::value(text)),
            [&](Action &a) { a.target = text; }, u"target"_s);
    });
    connect(m_condition, &ExpressionEdit::textEdited, this, [this](const QString &text) {
        pushEdit(
            UndoText::set(stepName(), tr("condition"), UndoText::value(text)),
            [&](Action &a) { a.condition = text; },
            m_condition->editIsClick() ? QString() : u"condition"_s);
    });
    connect(m_addAssignment, &QPushButton::clicked, this, &ActionPropertiesPanel::addAssignment);
    connect(m_removeAssignment, &QPushButton::clicked, this,
            &ActionPropertiesPanel::removeAssignment);
}

const Action *ActionPropertiesPanel::action() const
{
    return ActionEdits::find(m_session->document()->project(), m_workflow, m_action);
}

void ActionPropertiesPanel::setAction(int workflowIndex, int actionIndex)
{
    m_workflow = workflowIndex;
    m_action = actionIndex;
    m_problem->hide();
    m_assignments->setAction(workflowIndex, actionIndex);
    refresh();
}

void ActionPropertiesPanel::refresh()
{
    const Action *current = action();
    if (!current)
        return;
    m_refreshing = true;
    const ActionKindInfo &info = current->info();
    const Project &project = m_session->document()->project();
    m_title->setText(tr("Step %1: %2").arg(m_action + 1).arg(info.displayName));
    m_dataTypeLabel->setVisible(info.usesDataType);
    m_dataType->setVisible(info.usesDataType);
    m_dataType->clear();
    for (const DataType &type : project.dataTypes)
        m_dataType->addItem(type.name);
    m_dataType->setCurrentText(current->dataType);
    m_targetLabel->setText(info.targetLabel);
    m_targetLabel->setVisible(!info.targetLabel.isEmpty());
    m_target->setVisible(!info.targetLabel.isEmpty());
    m_target->setContext(
        {&project, m_workflow, m_action, ExpressionChecker::Place::ActionTarget, {}, {}});
    m_target->setText(current->target);
    m_workflowLabel->setVisible(info.usesWorkflow);
    m_workflowCombo->setVisible(info.usesWorkflow);
    m_workflowCombo->clear();
    for (const Workflow &workflow : project.workflows)
        m_workflowCombo->addItem(workflow.name);
    m_workflowCombo->setCurrentText(current->workflow);
    const bool hasKeys = info.freeAssignments || !info.fixedKeys.isEmpty();
    m_assignmentTable->setVisible(hasKeys);
    m_addAssignment->setVisible(info.freeAssignments);
    m_removeAssignment->setVisible(info.freeAssignments);
    m_condition->setContext(
        {&project, m_workflow, m_action, ExpressionChecker::Place::ActionCondition, {}, {}});
    m_condition->setText(current->condition);
    m_refreshing = false;
}

void ActionPropertiesPanel::pushEdit(const QString &text, const std::function<void(Action &)> &edit,
                                     const QString &fieldKey)
{
    const Action *current = action();
    if (m_refreshing || !current)
        return;
    Workflow workflow = m_session->document()->project().workflows.at(m_workflow);
    edit(workflow.actions[m_action]);
    if (workflow.actions.at(m_action) == *current)
        return;
    auto *command = fieldKey.isEmpty()
                        ? new ChangeWorkflow(m_session->document(), m_workflow, workflow, text)
                        : new ChangeWorkflow(m_session->document(), m_workflow, workflow, text,
                                             CommandId::ChangeActionText,
                                             u"%1/%2"_s.arg(m_action).arg(fieldKey));
    if (!m_session->push(command->aboutStep(m_action)))
        refresh();
}

QString ActionPropertiesPanel::stepName() const
{
    const auto &workflows = m_session->document()->project().workflows;
    if (m_workflow < 0 || m_workflow >= workflows.size())
        return {};
    return UndoText::step(workflows.at(m_workflow).name, m_action);
}

void ActionPropertiesPanel::addAssignment()
{
    const Action *current = action();
    if (!current || !current->info().freeAssignments)
        return;
    const Assignment added =
        ActionDefaults::newAssignment(*current, m_session->document()->project());
    pushEdit(tr("Add value %1 to %2").arg(added.key, stepName()),
             [&](Action &a) { a.assignments.append(added); });
    // Straight on to naming it, as after Insert in a spreadsheet.
    m_assignmentTable->setFocus();
    m_assignmentTable->setCurrentIndex(
        m_assignments->index(m_assignments->rowCount() - 1, AssignmentTableModel::KeyColumn));
}

void ActionPropertiesPanel::removeAssignment()
{
    const Action *current = action();
    const int row = m_assignmentTable->currentIndex().row();
    if (row < 0 || !current)
        return;
    if (!current->info().freeAssignments) {
        // A fixed key stays; removing its value leaves it out.
        m_assignments->setData(m_assignments->index(row, AssignmentTableModel::ValueColumn),
                               QString(), Qt::EditRole);
        return;
    }
    const QString key =
        row < current->assignments.size() ? current->assignments.at(row).key : QString();
    pushEdit(tr("Remove value %1 from %2").arg(key, stepName()), [row](Action &a) {
        if (row < a.assignments.size())
            a.assignments.removeAt(row);
    });
    const int rows = m_assignments->rowCount();
    if (rows > 0)
        m_assignmentTable->setCurrentIndex(m_assignments->index(qMin(row, rows - 1), 0));
}

QWidget *ActionPropertiesPanel::showProblem(const Diagnostic &diagnostic)
{
    PanelForm::showProblem(m_problem, diagnostic);
    if (diagnostic.field == u"target"_s)
        return m_target->lineEdit();
    if (diagnostic.field == u"data type"_s)
        return m_dataType;
    if (diagnostic.field == u"workflow"_s)
        return m_workflowCombo;
    if (diagnostic.field == u"value"_s) {
        for (int row = 0; row < m_assignments->rowCount(); ++row) {
            const QModelIndex key = m_assignments->index(row, AssignmentTableModel::KeyColumn);
            if (key.data().toString() == diagnostic.key)
                m_assignmentTable->setCurrentIndex(
                    m_assignments->index(row, AssignmentTableModel::ValueColumn));
        }
        return m_assignmentTable;
    }
    return m_condition->lineEdit();
}

} // namespace gatehouse
