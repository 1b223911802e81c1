#include "DocumentCommand.h"

#include <QDebug>

namespace gatehouse {

DocumentCommand::DocumentCommand(ProjectDocument *document, const QString &text)
    : m_document(document)
{
    setText(text);
}

QString DocumentCommand::workflowName(int index) const
{
    const auto &workflows = m_document->project().workflows;
    return index >= 0 && index < workflows.size() ? workflows.at(index).name : QString();
}

void DocumentCommand::redo()
{
    const Result<> result = m_document ? apply() : Result<>(Error{QStringLiteral("no document")});
    if (!result) {
        if (m_failureSink)
            *m_failureSink = result.errorMessage();
        else
            qWarning() << "redo of" << text() << "refused:" << result.errorMessage();
        setObsolete(true);
    }
    m_failureSink = nullptr;
}

void DocumentCommand::undo()
{
    if (!m_document)
        return;
    if (const Result<> result = revert(); !result) {
        // The stack restores states it has seen, so this means a bug; keep
        // the document as it is rather than lose the user's work.
        qWarning() << "undo of" << text() << "refused:" << result.errorMessage();
    }
}

} // namespace gatehouse
