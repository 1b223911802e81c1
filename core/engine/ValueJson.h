#pragma once

#include "expr/Value.h"
#include "model/FieldType.h"

#include <QJsonValue>

namespace gatehouse {

// Between the expression language's values and the JSON that records,
// parameters and responses hold.
class ValueJson
{
public:
    // As a workflow returns it: a thing as its id, a date as milliseconds
    // since the epoch (as Bubble's Return data was observed to), a list as
    // an array of at most `maxListItems` (Bubble's cap on returned lists).
    static QJsonValue toResponse(const expr::Value &value);
    // As a record's field stores it; `problem` says why it does not fit.
    static QJsonValue toField(const expr::Value &value, const FieldType &type, QString *problem);
    static expr::Value fromField(const QJsonValue &json, const FieldType &type);

    static constexpr int maxListItems = 50;

private:
    static QJsonValue scalarToField(const expr::Value &value, const FieldType &type,
                                    QString *problem);
};

} // namespace gatehouse
