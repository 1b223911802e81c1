#pragma once

#include "CommandIds.h"
#include "DocumentCommand.h"

#include <optional>

namespace gatehouse {

// Replaces one workflow by an edited copy: the command behind every property
// of a workflow or of one of its steps. Built with a merge id and a field
// key, a run of edits to the same field of the same workflow joins into one
// undo step, and the step disappears when the value is back where it began.
class ChangeWorkflow : public DocumentCommand
{
public:
    ChangeWorkflow(ProjectDocument *document, int index, Workflow after, const QString &text);
    ChangeWorkflow(ProjectDocument *document, int index, Workflow after, const QString &text,
                   CommandId mergeId, const QString &fieldKey);
    // The step the change is about, for undo and redo to select it.
    ChangeWorkflow *aboutStep(int step);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    Workflow m_before;
    Workflow m_after;
    std::optional<CommandId> m_mergeId;
    QString m_fieldKey;
};

} // namespace gatehouse
