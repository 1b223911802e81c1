#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Records that a reviewer accepts one audit finding (its check at its
// setting) for a reason; undo takes the acceptance back.
class AcceptFinding : public DocumentCommand
{
public:
    // `where` names the setting in words, for the undo text.
    AcceptFinding(ProjectDocument *document, AcceptedFinding accepted, const QString &where);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    QList<AcceptedFinding> m_before;
    AcceptedFinding m_accepted;
};

} // namespace gatehouse
