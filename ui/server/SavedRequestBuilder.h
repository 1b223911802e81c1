#pragma once

#include "RequestDraft.h"

#include "model/PrincipalRef.h"
#include "model/Result.h"
#include "model/SavedRequest.h"

namespace gatehouse {

struct Project;

// Turns the request the Request panel holds into a saved request: the
// workflow or the Data API type, operation and record its path names, its
// JSON body and query, who it acts as by reference, the status it expects.
// Free headers are not kept: a saved request runs as its principal alone.
class SavedRequestBuilder
{
public:
    static Result<SavedRequest> build(const Project &project, const RequestDraft &draft,
                                      const PrincipalRef &principal, const QString &name,
                                      int expectedStatus);
    // The draft that sends `request` again, for the panel to show.
    static RequestDraft draftOf(const Project &project, const SavedRequest &request);

private:
    static Result<> readTarget(const Project &project, const RequestDraft &draft,
                               SavedRequest &request);
};

} // namespace gatehouse
