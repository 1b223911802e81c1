#include "EditorSelection.h"

#include "model/ProjectDocument.h"

namespace gatehouse {

EditorSelection::EditorSelection(ProjectDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(document, &ProjectDocument::workflowInserted, this,
            [this](int index) { select(index); });
    connect(document, &ProjectDocument::workflowRemoved, this, [this](int index) {
        select(index < m_workflow ? m_workflow - 1 : m_workflow,
               index == m_workflow ? -1 : m_action);
    });
    connect(document, &ProjectDocument::workflowMoved, this,
            [this](int from, int to) { select(indexAfterMove(m_workflow, from, to), m_action); });
    connect(document, &ProjectDocument::workflowChanged, this, [this] { clamp(); });
    connect(document, &ProjectDocument::projectReset, this, [this] { clamp(); });
}

void EditorSelection::select(int workflow, int action)
{
    const auto &workflows = m_document->project().workflows;
    if (workflow < 0 || workflow >= workflows.size()) {
        workflow = workflows.isEmpty() ? -1 : qBound(0, workflow, int(workflows.size()) - 1);
        action = -1;
    }
    if (workflow >= 0 && action >= workflows.at(workflow).actions.size())
        action = -1;
    if (workflow == m_workflow && action == m_action)
        return;
    m_workflow = workflow;
    m_action = action;
    emit changed(m_workflow, m_action);
}

int EditorSelection::indexAfterMove(int selected, int from, int to)
{
    // The moved workflow takes the selection with it; one that moves across
    // the selected workflow shifts it by one the other way.
    if (selected < 0)
        return selected;
    if (selected == from)
        return to;
    if (from < selected && to >= selected)
        return selected - 1;
    if (from > selected && to <= selected)
        return selected + 1;
    return selected;
}

void EditorSelection::clamp()
{
    select(m_workflow < 0 ? 0 : m_workflow, m_action);
}

} // namespace gatehouse
