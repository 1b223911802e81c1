#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Replaces the project's API settings by an edited copy: one control of the
// API Settings panel, or the review interval. The test server applies them
// from the next request.
class ChangeSettings : public DocumentCommand
{
public:
    ChangeSettings(ProjectDocument *document, ProjectSettings after, const QString &text);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    ProjectSettings m_before;
    ProjectSettings m_after;
};

} // namespace gatehouse
