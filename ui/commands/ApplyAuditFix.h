#pragma once

#include "DocumentCommand.h"

#include "audit/AuditFix.h"

namespace gatehouse {

// Applies one audit finding's fix (AuditFix::applyTo, a pure function) as
// one undo step named by AuditFix::describe(). The change goes to the
// document through the precise edit of each part the fix touched (the
// settings, a workflow, a data type, a token), so the selection and the
// panels follow as after any edit; undo puts those parts back.
class ApplyAuditFix : public DocumentCommand
{
public:
    ApplyAuditFix(ProjectDocument *document, const audit::AuditFix &fix);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    // Makes the document's project equal to `target`, part by part.
    Result<> become(const Project &target);

    Result<Project> m_after;
    Project m_before;
};

} // namespace gatehouse
