#pragma once

#include "DataStore.h"
#include "EngineRequest.h"
#include "EngineResponse.h"

#include "model/Workflow.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <variant>

namespace gatehouse {

// Step 4 of the pipeline: reads a workflow's parameters from the body (JSON
// or form-encoded) or the querystring, as the workflow says, and checks each
// one's presence and type. Values arrive as JSON; text from a querystring or
// a form is converted to the parameter's type where it reads unambiguously.
class ParameterReader
{
public:
    using Outcome = std::variant<QJsonObject, EngineResponse>;
    static Outcome read(const Workflow &workflow, const EngineRequest &request, Trace &trace);

    // A parameter of a data type is a thing's id: it must name a thing of
    // that type the caller may find (400 INVALID_DATA otherwise, as Bubble
    // answers), so a hidden thing answers exactly as a missing one.
    using Findable = std::function<bool(const Record &)>;
    static std::optional<EngineResponse> checkThings(const Workflow &workflow,
                                                     const QJsonObject &parameters,
                                                     const DataStore &store,
                                                     const Findable &findable, Trace &trace);

    // Converts one value to `type`; returns the error message Bubble gives
    // ("Invalid data for key k: Expected a number, but got a string"), or
    // an empty string when it fits.
    static QString convert(const QString &key, const FieldType &type, QJsonValue &value,
                           bool fromText);

    // The values a request carries, before any parameter is checked; for
    // "Detect data" too. A form or a querystring gives text.
    struct Source
    {
        QJsonObject values;
        bool fromText = false;
        QString problem;
    };
    static Source fromBody(const EngineRequest &request);
    static Source fromPairs(const QueryList &pairs);

private:
    static Source sourceOf(const Workflow &workflow, const EngineRequest &request);
    static QString convertScalar(const QString &key, FieldKind kind, QJsonValue &value,
                                 bool fromText);
    static QString jsonTypeName(const QJsonValue &value);
};

} // namespace gatehouse
