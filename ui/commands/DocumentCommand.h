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

protected:
    virtual Result<> apply() = 0;
    virtual Result<> revert() = 0;
    ProjectDocument *document() const { return m_document; }

private:
    QPointer<ProjectDocument> m_document;
    QString *m_failureSink = nullptr;
};

} // namespace gatehouse
