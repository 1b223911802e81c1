#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Keeps a request from the Request panel among the project's saved
// requests, to run again as a suite; one of the same name is replaced.
// Undo takes it back (or brings the one it replaced back).
class SaveRequest : public DocumentCommand
{
public:
    SaveRequest(ProjectDocument *document, SavedRequest request);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    QList<SavedRequest> m_before;
    SavedRequest m_request;
};

} // namespace gatehouse
