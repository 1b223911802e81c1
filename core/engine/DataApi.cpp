#include "DataApi.h"

#include "BubbleResponses.h"
#include "DataApiContext.h"
#include "DataApiGate.h"
#include "DataApiReader.h"
#include "DataApiWriter.h"
#include "StoreFailure.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Op = DataApiGate::Operation;

DataApi::DataApi(const Project &project, DataStore &store, const PrivacyGate &privacy,
                 const Clock &clock)
    : m_project(project), m_store(store), m_privacy(privacy), m_clock(clock)
{
}

EngineResponse DataApi::handle(const EngineRequest &request, const Route &route,
                               const DataApiGate::Target &target, const Principal &principal,
                               Trace &trace)
{
    if (auto refusal = DataApiGate::authorize(target, principal, trace))
        return *refusal;
    PendingPasswords passwords;
    const DataApiContext context{m_project, m_store,      m_privacy, m_clock,  principal,
                                 request,   *target.type, trace,     passwords};
    if (auto begun = m_store.begin(); !begun)
        return StoreFailure::refuse(begun.error(), trace);
    EngineResponse response = run(context, target.operation, route);
    const bool succeeded = response.status < 400;
    if (succeeded) {
        if (auto committed = m_store.commit(); !committed) {
            m_store.rollback();
            response = StoreFailure::refuse(committed.error(), trace);
        } else if (!passwords.isEmpty()) {
            if (auto stored = passwords.storeAfterCommit(m_store, request, trace); !stored)
                response = BubbleResponses::statusBody(
                    503, u"ERROR"_s,
                    request.isServerStopping() ? u"The server is stopping"_s
                                               : u"The passwords could not be stored"_s);
        }
    } else {
        m_store.rollback();
    }
    response.trace = trace;
    return response;
}

EngineResponse DataApi::run(const DataApiContext &context, Op operation, const Route &route)
{
    switch (operation) {
    case Op::List:
        return DataApiReader::list(context);
    case Op::Get:
        return DataApiReader::get(context, route.id);
    case Op::Create:
        return DataApiWriter::create(context);
    case Op::Modify:
        return DataApiWriter::modify(context, route.id, false);
    case Op::Replace:
        return DataApiWriter::modify(context, route.id, true);
    case Op::Delete:
        return DataApiWriter::remove(context, route.id);
    case Op::Bulk:
        return DataApiWriter::bulkCreate(context);
    }
    return BubbleResponses::plainMessage(405, u"Wrong method"_s);
}

} // namespace gatehouse
