#pragma once

#include "model/ProjectDocument.h"
#include "model/Result.h"

#include <QPointer>
#include <QUndoCommand>

namespace gatehouse {

// The base of every editor command: it holds indices and values and changes
// the project only through ProjectDocument, which alone emits. When the
// document refuses the first redo, the command becomes obsolete so that
// QUndoStack::push drops it, and the refusal goes to the failure sink.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(ProjectDocument *document, const QString &text);

    void redo() final;
    void undo() final;
    // Where the first redo reports a refusal; cleared after that redo.
    void setFailureSink(QString *sink) { m_failureSink = sink; }
    // What the command changes, for undo and redo to select it: a workflow's
    // index, and a step's (-1 for the workflow itself).
    int placeWorkflow() const { return m_placeWorkflow; }
    int placeStep() const { return m_placeStep; }

protected:
    virtual Result<> apply() = 0;
    virtual Result<> revert() = 0;
    ProjectDocument *document() const { return m_document; }
    void setPlace(int workflow, int step = -1)
    {
        m_placeWorkflow = workflow;
        m_placeStep = step;
    }
    // The name of the workflow at `index` now, for the command's text.
    QString workflowName(int index) const;

private:
    QPointer<ProjectDocument> m_document;
    QString *m_failureSink = nullptr;
    int m_placeWorkflow = -1;
    int m_placeStep = -1;
};

} // namespace gatehouse
