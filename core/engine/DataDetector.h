#pragma once

#include "DetectedParameters.h"
#include "EngineRequest.h"

#include <QJsonValue>

#include <optional>

namespace gatehouse {

// Bubble's "Detect request data": reads a call's keys and proposes each as
// a parameter with the type its value suggests. A JSON body gives typed
// values; a form or a querystring gives text. The querystring is read only
// when the body has nothing, and then the parameters come from it.
class DataDetector
{
public:
    static DetectedParameters detect(const QString &workflow, const EngineRequest &request);
    // text, number, yes/no, a date (an ISO 8601 date and time), a file (an
    // upload object) or a list of one of those; nullopt for what is none.
    static std::optional<FieldType> typeOf(const QJsonValue &value);

private:
    static std::optional<FieldType> scalarTypeOf(const QJsonValue &value);
};

} // namespace gatehouse
