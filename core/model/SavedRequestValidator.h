#pragma once

#include "Diagnostic.h"
#include "ProjectIndex.h"
#include "SavedRequest.h"

namespace gatehouse {

struct Record;

// The saved requests' invariants. A malformed request (no name, a name used
// twice, no target, a status no server sends) is an error; one whose
// workflow, data type, user or token is gone is a warning, so deleting a
// workflow never makes the project unloadable: the suite reports it.
class SavedRequestValidator
{
public:
    static void validate(const ProjectIndex &project, Diagnostics &out);
    // Every problem of one request, errors and dangling references alike,
    // as lines; empty when the request can run. For `suite add`.
    static QStringList problems(const Project &project, const SavedRequest &request);
    // The test user with this e-mail address (compared without regard to
    // case), or null.
    static const Record *userByEmail(const Project &project, const QString &email);

private:
    static void checkShape(const SavedRequest &request, const QString &where, Diagnostics &out);
    static void checkReferences(const ProjectIndex &project, const SavedRequest &request,
                                const QString &where, Diagnostics &out);
};

} // namespace gatehouse
