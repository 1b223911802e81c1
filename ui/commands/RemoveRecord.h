#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Removes one test record; undo puts it back where it was, its password
// hash included.
class RemoveRecord : public DocumentCommand
{
public:
    RemoveRecord(ProjectDocument *document, int index);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    Record m_record;
};

} // namespace gatehouse
