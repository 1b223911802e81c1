#pragma once

#include "ReadErrors.h"

#include "model/SavedRequest.h"

#include <QJsonValue>

namespace gatehouse {

// Reads one entry of a config's `savedRequests` as ConfigWriter writes it:
// a `workflow`, or a `dataType` with its `operation` (and `recordId` where
// the operation needs one), never both; `as` as PrincipalRef reads it.
class ConfigRequestReader
{
public:
    static SavedRequest savedRequest(const QJsonValue &value, const QString &path,
                                     ReadErrors &errors);

private:
    static void readTarget(class JsonObjectReader &object, SavedRequest &request);
    static void readQuery(class JsonObjectReader &object, SavedRequest &request);
};

} // namespace gatehouse
