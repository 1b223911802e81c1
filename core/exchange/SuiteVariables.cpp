#include "SuiteVariables.h"

#include "model/Project.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString SuiteVariables::nameOf(const PrincipalRef &principal)
{
    if (principal.kind == PrincipalRef::Kind::Anonymous)
        return {};
    QString name = principal.kind == PrincipalRef::Kind::User ? u"user_"_s : u"token_"_s;
    for (const QChar c : principal.name.toLower())
        name += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
    return name;
}

QList<PrincipalRef> SuiteVariables::principals(const Project &project)
{
    QList<PrincipalRef> found;
    for (const SavedRequest &request : project.savedRequests) {
        if (request.principal.kind != PrincipalRef::Kind::Anonymous &&
            !found.contains(request.principal))
            found.append(request.principal);
    }
    return found;
}

} // namespace gatehouse
