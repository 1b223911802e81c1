#include "AcceptedFindingValidator.h"

#include "ProjectValidator.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

void AcceptedFindingValidator::validate(const Project &project, Diagnostics &out)
{
    QSet<std::pair<QString, QString>> seen;
    for (const AcceptedFinding &accepted : project.acceptedFindings) {
        const QString where = u"accepted finding %1 at %2"_s.arg(quoted(accepted.checkId),
                                                                 quoted(accepted.settingPath));
        if (accepted.checkId.trimmed().isEmpty() || accepted.settingPath.trimmed().isEmpty())
            addError(out, u"empty-name"_s, where,
                     u"an accepted finding needs its check and its setting"_s);
        if (accepted.reason.trimmed().isEmpty())
            addError(out, u"empty-reason"_s, where, u"an accepted finding needs a reason"_s,
                     u"say why the risk is acceptable, for the next reviewer"_s);
        const std::pair<QString, QString> key{accepted.checkId, accepted.settingPath};
        if (seen.contains(key))
            addError(out, u"duplicate-name"_s, where, u"this finding is accepted twice"_s);
        seen.insert(key);
    }
}

} // namespace gatehouse
