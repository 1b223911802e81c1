#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Takes back a reviewer's acceptance of one audit finding (its check at its
// setting), so it counts again; undo restores the acceptance and its reason.
class WithdrawAcceptance : public DocumentCommand
{
public:
    WithdrawAcceptance(ProjectDocument *document, const QString &checkId,
                       const QString &settingPath, const QString &where);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    QList<AcceptedFinding> m_before;
    QString m_checkId;
    QString m_settingPath;
};

} // namespace gatehouse
