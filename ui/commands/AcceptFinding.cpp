#include "AcceptFinding.h"

#include <QCoreApplication>

namespace gatehouse {

AcceptFinding::AcceptFinding(ProjectDocument *document, AcceptedFinding accepted,
                             const QString &where)
    : DocumentCommand(document, QCoreApplication::translate("AcceptFinding", "Accept %1 at %2")
                                    .arg(accepted.checkId, where)),
      m_before(document->project().acceptedFindings), m_accepted(std::move(accepted))
{
}

Result<> AcceptFinding::apply()
{
    QList<AcceptedFinding> after = m_before;
    after << m_accepted;
    return document()->setAcceptedFindings(after);
}

Result<> AcceptFinding::revert()
{
    return document()->setAcceptedFindings(m_before);
}

} // namespace gatehouse
