#pragma once

#include "Arguments.h"

#include "model/Result.h"
#include "model/SavedRequest.h"

#include <QStringList>

namespace gatehouse::cli {

// `suite add`'s options made into a saved request, checked for what needs
// no project: one target, a known operation, a principal written right, JSON
// that parses, a status a server sends. What the project must say (the
// workflow, type, user or token exists) is SavedRequestValidator's.
class SuiteRequestOptions
{
public:
    static QStringList valueOptions();
    static Result<SavedRequest> read(const QString &name, const Arguments &args);
    // "response.amount=25" from what --expect-body was given.
    static QString expectationText(const QString &path, const QJsonValue &value);
    // "ping: POST /api/1.1/wf/public_ping as anonymous, expects 200".
    static QString describe(const Project &project, const SavedRequest &request);

private:
    static Result<> readTarget(const Arguments &args, SavedRequest &request);
    static Result<> readQuery(const Arguments &args, SavedRequest &request);
    static Result<> readExpectations(const Arguments &args, SavedRequest &request);
};

} // namespace gatehouse::cli
