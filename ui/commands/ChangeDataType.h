#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Replaces one data type by an edited copy: a field added, retyped or
// removed, a privacy rule changed. Only that type's signal goes out.
class ChangeDataType : public DocumentCommand
{
public:
    ChangeDataType(ProjectDocument *document, int index, DataType after, const QString &text);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    DataType m_before;
    DataType m_after;
};

} // namespace gatehouse
