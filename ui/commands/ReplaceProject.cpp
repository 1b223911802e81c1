#include "ReplaceProject.h"

namespace gatehouse {

ReplaceProject::ReplaceProject(ProjectDocument *document, Project after, const QString &text)
    : DocumentCommand(document, text), m_before(document->project()), m_after(std::move(after))
{
}

Result<> ReplaceProject::apply()
{
    return document()->resetProject(m_after);
}

Result<> ReplaceProject::revert()
{
    return document()->resetProject(m_before);
}

} // namespace gatehouse
