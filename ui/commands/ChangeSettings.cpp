#include "ChangeSettings.h"

namespace gatehouse {

ChangeSettings::ChangeSettings(ProjectDocument *document, ProjectSettings after,
                               const QString &text)
    : DocumentCommand(document, text), m_before(document->project().settings),
      m_after(std::move(after))
{
}

Result<> ChangeSettings::apply()
{
    return document()->setSettings(m_after);
}

Result<> ChangeSettings::revert()
{
    return document()->setSettings(m_before);
}

} // namespace gatehouse
