#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Inserts one test record at `index` of the project's records; undo takes
// it out again.
class AddRecord : public DocumentCommand
{
public:
    AddRecord(ProjectDocument *document, int index, Record record);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    Record m_record;
};

} // namespace gatehouse
