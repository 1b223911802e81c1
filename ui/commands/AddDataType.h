#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Adds a data type at a position; undo removes it.
class AddDataType : public DocumentCommand
{
public:
    AddDataType(ProjectDocument *document, int index, DataType type);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    DataType m_type;
};

} // namespace gatehouse
