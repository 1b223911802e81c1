#include "RemoveWithReferences.h"

namespace gatehouse {

RemoveWithReferences::RemoveWithReferences(ProjectDocument *document, Project after,
                                           const QString &text)
    : DocumentCommand(document, text), m_before(document->project()), m_after(std::move(after))
{
}

Result<> RemoveWithReferences::apply()
{
    return document()->resetProject(m_after);
}

Result<> RemoveWithReferences::revert()
{
    return document()->resetProject(m_before);
}

} // namespace gatehouse
