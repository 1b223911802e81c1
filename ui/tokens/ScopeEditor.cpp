#include "ScopeEditor.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QTableWidgetItem *checkItem()
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

bool checked(const QTableWidgetItem *item)
{
    return item && item->checkState() == Qt::Checked;
}
} // namespace

ScopeEditor::ScopeEditor(const Project &project, QWidget *parent)
    : QWidget(parent), m_allWorkflows(new QCheckBox(tr("All workflows"))),
      m_workflows(new QListWidget),
      m_fromWorkflows(new QCheckBox(tr("Data: what the checked workflows do (read from their "
                                       "steps), instead of the grid"))),
      m_data(new QTableWidget(int(project.dataTypes.size()), OperationCount)),
      m_privateFiles(new QCheckBox(tr("Private files (file fields the privacy rules hide)")))
{
    m_allWorkflows->setObjectName(u"allWorkflows"_s);
    m_workflows->setObjectName(u"scopeWorkflows"_s);
    m_fromWorkflows->setObjectName(u"dataFromWorkflows"_s);
    m_data->setObjectName(u"scopeDataGrid"_s);
    m_privateFiles->setObjectName(u"privateFiles"_s);
    m_allWorkflows->setToolTip(tr("Every workflow, those added later included"));
    for (const Workflow &workflow : project.workflows) {
        auto *item = new QListWidgetItem(workflow.name, m_workflows);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_data->setHorizontalHeaderLabels(
        {tr("Find"), tr("View"), tr("Create"), tr("Modify"), tr("Delete")});
    m_data->horizontalHeaderItem(FindColumn)
        ->setToolTip(tr("List and search it (GET /obj/TYPE), things and fields as the privacy "
                        "rules allow"));
    m_data->horizontalHeaderItem(ViewColumn)
        ->setToolTip(tr("Fetch one by its id (GET /obj/TYPE/ID), fields as the privacy rules "
                        "allow"));
    QStringList typeNames;
    for (const DataType &type : project.dataTypes)
        typeNames << type.name;
    m_data->setVerticalHeaderLabels(typeNames);
    for (int row = 0; row < m_data->rowCount(); ++row) {
        for (int column = 0; column < OperationCount; ++column)
            m_data->setItem(row, column, checkItem());
    }
    m_data->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_data->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_data->setFixedHeight(m_data->horizontalHeader()->sizeHint().height() +
                           m_data->verticalHeader()->length() + 2 * m_data->frameWidth());
    // Every workflow in sight up to eight; more scroll.
    const int shown = std::clamp(m_workflows->count(), 1, 8);
    m_workflows->setFixedHeight(m_workflows->sizeHintForRow(0) * shown +
                                2 * m_workflows->frameWidth());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Workflows it may call:")));
    layout->addWidget(m_allWorkflows);
    layout->addWidget(m_workflows);
    layout->addWidget(new QLabel(tr("Data types and operations (Data API and inside its "
                                    "workflows):")));
    layout->addWidget(m_fromWorkflows);
    layout->addWidget(m_data);
    layout->addWidget(m_privateFiles);
    layout->addStretch();

    connect(m_allWorkflows, &QCheckBox::toggled, this, &ScopeEditor::updateEnabled);
    connect(m_fromWorkflows, &QCheckBox::toggled, this, &ScopeEditor::updateEnabled);
    for (QCheckBox *box : {m_allWorkflows, m_fromWorkflows, m_privateFiles})
        connect(box, &QCheckBox::toggled, this, &ScopeEditor::changed);
    connect(m_workflows, &QListWidget::itemChanged, this, &ScopeEditor::changed);
    connect(m_data, &QTableWidget::itemChanged, this, &ScopeEditor::changed);
    updateEnabled();
}

void ScopeEditor::updateEnabled()
{
    m_workflows->setEnabled(!m_allWorkflows->isChecked());
    // Reading the data scope from the workflows needs a list of them.
    m_fromWorkflows->setEnabled(!m_allWorkflows->isChecked());
    if (m_allWorkflows->isChecked())
        m_fromWorkflows->setChecked(false);
    m_data->setEnabled(!m_fromWorkflows->isChecked());
}

TokenScopes ScopeEditor::scopes() const
{
    TokenScopes scopes;
    scopes.allWorkflows = m_allWorkflows->isChecked();
    if (!scopes.allWorkflows) {
        for (int row = 0; row < m_workflows->count(); ++row) {
            if (m_workflows->item(row)->checkState() == Qt::Checked)
                scopes.workflows << m_workflows->item(row)->text();
        }
    }
    scopes.allDataTypes = m_fromWorkflows->isChecked();
    if (!scopes.allDataTypes) {
        for (int row = 0; row < m_data->rowCount(); ++row) {
            const DataTypeScope scope{
                m_data->verticalHeaderItem(row)->text(),  checked(m_data->item(row, FindColumn)),
                checked(m_data->item(row, ViewColumn)),   checked(m_data->item(row, CreateColumn)),
                checked(m_data->item(row, ModifyColumn)), checked(m_data->item(row, DeleteColumn))};
            if (scope.grantsAny())
                scopes.dataTypes << scope;
        }
    }
    scopes.privateFiles = m_privateFiles->isChecked();
    return scopes;
}

void ScopeEditor::setScopes(const TokenScopes &scopes)
{
    m_allWorkflows->setChecked(scopes.allWorkflows);
    for (int row = 0; row < m_workflows->count(); ++row) {
        QListWidgetItem *item = m_workflows->item(row);
        item->setCheckState(scopes.workflows.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_fromWorkflows->setChecked(!scopes.allWorkflows && scopes.allDataTypes);
    for (int row = 0; row < m_data->rowCount(); ++row) {
        const QString type = m_data->verticalHeaderItem(row)->text();
        DataTypeScope scope;
        for (const DataTypeScope &s : scopes.dataTypes) {
            if (s.dataType == type)
                scope = s;
        }
        const bool every = scopes.allDataTypes && scopes.allWorkflows;
        const bool ops[] = {scope.find, scope.view, scope.create, scope.modify, scope.remove};
        for (int column = 0; column < OperationCount; ++column)
            m_data->item(row, column)
                ->setCheckState(every || ops[column] ? Qt::Checked : Qt::Unchecked);
    }
    m_privateFiles->setChecked(scopes.privateFiles);
}

bool ScopeEditor::setWorkflowChecked(const QString &name, bool on)
{
    const auto found = m_workflows->findItems(name, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    found.first()->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool ScopeEditor::setOperationChecked(const QString &type, OperationColumn column, bool on)
{
    for (int row = 0; row < m_data->rowCount(); ++row) {
        if (m_data->verticalHeaderItem(row)->text() == type) {
            m_data->item(row, column)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

} // namespace gatehouse
