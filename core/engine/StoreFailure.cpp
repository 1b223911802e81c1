#include "StoreFailure.h"

#include "BubbleResponses.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

QString StoreFailure::subject()
{
    return u"the live data"_s;
}

namespace {

QString doneToIt(const Error &error)
{
    return error.code == ErrorCode::StoreWrite ? u"written"_s : u"read"_s;
}

} // namespace

EngineResponse StoreFailure::refuse(const Error &error, Trace &trace)
{
    trace.add(Stage::Response, Verdict::Failed,
              u"the live data could not be %1, so the request is refused and nothing it did is "
              "kept: %2"_s.arg(doneToIt(error), error.message),
              subject());
    EngineResponse refusal = response(error);
    refusal.trace = trace;
    return refusal;
}

EngineResponse StoreFailure::response(const Error &error)
{
    return BubbleResponses::plainMessage(
        503, u"The service is unavailable: its data could not be %1. Nothing was changed; try "
             "again later."_s.arg(doneToIt(error)));
}

bool StoreFailure::isRefusal(const EngineResponse &response)
{
    const QList<TraceStep> &steps = response.trace.steps();
    return response.status == 503 && !steps.isEmpty() && steps.last().subject == subject();
}

} // namespace gatehouse
