#pragma once

#include "DataQuery.h"

#include "model/Record.h"

namespace gatehouse {

// Whether a record meets Data API constraints; all of them must hold (there
// is no "or" in Bubble's Data API).
class ConstraintMatcher
{
public:
    static bool matches(const Record &record, const QList<DataConstraint> &constraints);
    static bool matches(const Record &record, const DataConstraint &constraint);

private:
    static bool equal(const QJsonValue &a, const QJsonValue &b);
    static bool less(const QJsonValue &a, const QJsonValue &b);
    static bool textContains(const QString &text, const QString &words);
};

} // namespace gatehouse
