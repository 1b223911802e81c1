#include "SavedRequestValidator.h"

#include "ProjectValidator.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QString locationOf(const SavedRequest &request)
{
    return u"saved request "_s + quoted(request.name);
}

void addWarning(Diagnostics &out, const QString &where, const QString &message)
{
    addError(out, u"dangling-reference"_s, where, message);
    out.last().severity = Diagnostic::Severity::Warning;
}
} // namespace

void SavedRequestValidator::validate(const ProjectIndex &project, Diagnostics &out)
{
    QSet<QString> names;
    for (const SavedRequest &request : project.project().savedRequests) {
        const QString where = locationOf(request);
        if (names.contains(request.name))
            addError(out, u"duplicate-name"_s, where, u"two saved requests have this name"_s);
        names.insert(request.name);
        checkShape(request, where, out);
        checkReferences(project, request, where, out);
    }
}

QStringList SavedRequestValidator::problems(const Project &project, const SavedRequest &request)
{
    Diagnostics found;
    checkShape(request, locationOf(request), found);
    checkReferences(ProjectIndex(project), request, locationOf(request), found);
    QStringList lines;
    for (const Diagnostic &d : found)
        lines.append(d.toString());
    return lines;
}

const Record *SavedRequestValidator::userByEmail(const Project &project, const QString &email)
{
    const QString wanted = email.trimmed().toLower();
    for (const Record &record : project.records) {
        if (record.type == DataType::userTypeName() &&
            record.values.value(u"email"_s).toString().toLower() == wanted)
            return &record;
    }
    return nullptr;
}

void SavedRequestValidator::checkShape(const SavedRequest &request, const QString &where,
                                       Diagnostics &out)
{
    if (request.name.trimmed().isEmpty())
        addError(out, u"empty-name"_s, where, u"a saved request needs a name"_s);
    if (request.expectedStatus < 100 || request.expectedStatus > 599)
        addError(out, u"invalid-value"_s, where,
                 u"expects status %1; a status is from 100 to 599"_s.arg(request.expectedStatus));
    if (request.target == SavedRequest::Target::Workflow && request.workflow.isEmpty())
        addError(out, u"invalid-value"_s, where, u"names no workflow to call"_s);
    if (request.target == SavedRequest::Target::Data && request.dataType.isEmpty())
        addError(out, u"invalid-value"_s, where, u"names no data type to call"_s);
    if (request.needsRecordId() && request.recordId.isEmpty())
        addError(out, u"invalid-value"_s, where,
                 u"operation %1 needs the id of a thing"_s.arg(
                     SavedRequest::operationId(request.operation)));
    QString problem;
    if (request.principal.kind != PrincipalRef::Kind::Anonymous &&
        !PrincipalRef::fromText(request.principal.toText(), &problem))
        addError(out, u"invalid-value"_s, where, u"acts as "_s + problem);
}

void SavedRequestValidator::checkReferences(const ProjectIndex &project,
                                            const SavedRequest &request, const QString &where,
                                            Diagnostics &out)
{
    if (request.target == SavedRequest::Target::Workflow && !request.workflow.isEmpty() &&
        !project.findWorkflow(request.workflow))
        addWarning(out, where,
                   u"calls workflow %1, which does not exist"_s.arg(quoted(request.workflow)));
    if (request.target == SavedRequest::Target::Data && !request.dataType.isEmpty() &&
        !project.findDataType(request.dataType))
        addWarning(out, where,
                   u"calls data type %1, which does not exist"_s.arg(quoted(request.dataType)));
    const PrincipalRef &principal = request.principal;
    if (principal.kind == PrincipalRef::Kind::User &&
        !userByEmail(project.project(), principal.name))
        addWarning(out, where,
                   u"acts as user %1, who does not exist"_s.arg(quoted(principal.name)));
    if (principal.kind == PrincipalRef::Kind::Token && !principal.name.isEmpty() &&
        !project.project().findToken(principal.name))
        addWarning(out, where,
                   u"acts as token %1, which does not exist"_s.arg(quoted(principal.name)));
}

} // namespace gatehouse
