#include "ApplyAuditFix.h"

namespace gatehouse {

ApplyAuditFix::ApplyAuditFix(ProjectDocument *document, const audit::AuditFix &fix)
    : DocumentCommand(document, fix.describe()), m_after(fix.applyTo(document->project())),
      m_before(document->project())
{
    if (m_after.ok() && fix.target.kind != audit::SettingLocation::Kind::Settings)
        setPlace(m_before.indexOfWorkflow(fix.target.workflow));
}

Result<> ApplyAuditFix::apply()
{
    if (!m_after)
        return m_after.error();
    return become(m_after.value());
}

Result<> ApplyAuditFix::revert()
{
    return become(m_before);
}

Result<> ApplyAuditFix::become(const Project &target)
{
    ProjectDocument *doc = document();
    const Project &now = doc->project();
    // A fix rewrites parts in place; one that adds or removes any goes as a whole.
    if (now.workflows.size() != target.workflows.size() ||
        now.dataTypes.size() != target.dataTypes.size() ||
        now.tokens.size() != target.tokens.size() || now.records != target.records)
        return doc->resetProject(target);
    if (!(now.settings == target.settings))
        if (auto done = doc->setSettings(target.settings); !done)
            return done;
    for (int i = 0; i < target.dataTypes.size(); ++i)
        if (!(doc->project().dataTypes.at(i) == target.dataTypes.at(i)))
            if (auto done = doc->replaceDataType(i, target.dataTypes.at(i)); !done)
                return done;
    for (int i = 0; i < target.workflows.size(); ++i)
        if (!(doc->project().workflows.at(i) == target.workflows.at(i)))
            if (auto done = doc->replaceWorkflow(i, target.workflows.at(i)); !done)
                return done;
    for (int i = 0; i < target.tokens.size(); ++i)
        if (!(doc->project().tokens.at(i) == target.tokens.at(i)))
            if (auto done = doc->replaceToken(i, target.tokens.at(i)); !done)
                return done;
    return {};
}

} // namespace gatehouse
