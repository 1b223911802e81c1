#include "SaveRequest.h"

#include "model/SavedRequestValidator.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SaveRequest::SaveRequest(ProjectDocument *document, SavedRequest request)
    : DocumentCommand(
          document,
          QCoreApplication::translate("SaveRequest", "Save request %1").arg(request.name)),
      m_before(document->project().savedRequests), m_request(std::move(request))
{
}

Result<> SaveRequest::apply()
{
    const QStringList problems = SavedRequestValidator::problems(document()->project(), m_request);
    if (!problems.isEmpty())
        return Error{u"cannot save request `%1`: %2"_s.arg(m_request.name, problems.join(u"; "_s))};
    QList<SavedRequest> after = m_before;
    const int index = document()->project().indexOfSavedRequest(m_request.name);
    if (index >= 0)
        after[index] = m_request;
    else
        after.append(m_request);
    return document()->setSavedRequests(after);
}

Result<> SaveRequest::revert()
{
    return document()->setSavedRequests(m_before);
}

} // namespace gatehouse
