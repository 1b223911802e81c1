#pragma once

namespace gatehouse {

// Every merge id in one place, so two kinds of command never share one.
// A command without an entry here never merges (QUndoCommand::id() == -1).
enum class CommandId
{
    ChangeWorkflowText = 1, // a run of typing in one text field of a workflow
    ChangeActionText,       // a run of typing in one text field of a step
    ChangeDataTypeText,     // a run of typing in one text field of a data type (a rule's condition)
};

} // namespace gatehouse
