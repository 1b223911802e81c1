#pragma once

#include "EngineResponse.h"
#include "Principal.h"
#include "Route.h"

#include "model/Project.h"

#include <variant>

namespace gatehouse {

// Steps 1 and 3 for the Data API: is the API on and the type exposed, does
// the method fit the route, and do the token's scopes allow the operation?
class DataApiGate
{
public:
    enum class Operation
    {
        List,
        Get,
        Create,
        Modify,
        Replace,
        Delete,
        Bulk
    };

    struct Target
    {
        const DataType *type = nullptr;
        Operation operation = Operation::List;
    };
    using Resolution = std::variant<Target, EngineResponse>;
    static Resolution resolve(const Project &project, const Route &route, const QByteArray &method,
                              Trace &trace);
    static std::optional<EngineResponse> authorize(const Target &target, const Principal &principal,
                                                   Trace &trace);
    static QString operationName(Operation operation);

private:
    static std::optional<Operation> operationFor(Route::Kind kind, const QByteArray &method);
    static QByteArray allowedMethods(Route::Kind kind); // "GET, POST" for a 405's Allow
};

} // namespace gatehouse
