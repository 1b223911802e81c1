#include "WithdrawAcceptance.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

WithdrawAcceptance::WithdrawAcceptance(ProjectDocument *document, const QString &checkId,
                                       const QString &settingPath, const QString &where)
    : DocumentCommand(document, QCoreApplication::translate("WithdrawAcceptance",
                                                            "Withdraw acceptance of %1 at %2")
                                    .arg(checkId, where)),
      m_before(document->project().acceptedFindings), m_checkId(checkId), m_settingPath(settingPath)
{
}

Result<> WithdrawAcceptance::apply()
{
    QList<AcceptedFinding> after = m_before;
    const auto removed = after.removeIf(
        [this](const AcceptedFinding &a) { return a.matches(m_checkId, m_settingPath); });
    if (removed == 0)
        return Error{u"%1 is not accepted there"_s.arg(m_checkId)};
    return document()->setAcceptedFindings(after);
}

Result<> WithdrawAcceptance::revert()
{
    return document()->setAcceptedFindings(m_before);
}

} // namespace gatehouse
