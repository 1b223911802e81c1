#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Replaces the whole project with `after` as one undo step, for the edits
// that rewrite many places at once (a rename everywhere, a delete together
// with what names it); undo restores the project exactly as it was, so
// expressions come back as the builder wrote them.
class ReplaceProject : public DocumentCommand
{
public:
    ReplaceProject(ProjectDocument *document, Project after, const QString &text);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    Project m_before;
    Project m_after;
};

} // namespace gatehouse
