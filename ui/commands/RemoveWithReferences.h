#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Deletes a data type or a field together with what names it
// (expr::DataRemoval), as one undo step; undo restores the project as it was.
class RemoveWithReferences : public DocumentCommand
{
public:
    RemoveWithReferences(ProjectDocument *document, Project after, const QString &text);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    Project m_before;
    Project m_after;
};

} // namespace gatehouse
