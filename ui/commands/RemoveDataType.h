#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Removes a data type that nothing else names (the panel asks
// DataReferences first); undo puts it back where it was.
class RemoveDataType : public DocumentCommand
{
public:
    RemoveDataType(ProjectDocument *document, int index);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    DataType m_type;
};

} // namespace gatehouse
