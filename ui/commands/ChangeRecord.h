#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Replaces one test record by an edited copy: a value changed, a password
// hash set. Only that record's signal goes out.
class ChangeRecord : public DocumentCommand
{
public:
    ChangeRecord(ProjectDocument *document, int index, Record after, const QString &text);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    Record m_before;
    Record m_after;
};

} // namespace gatehouse
