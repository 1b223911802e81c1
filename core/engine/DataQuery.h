#pragma once

#include "EngineRequest.h"

#include "model/DataType.h"
#include "model/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace gatehouse {

// One Data API search constraint: {"key","constraint_type","value"}.
struct DataConstraint
{
    enum class Type
    {
        Equals,
        NotEqual,
        IsEmpty,
        IsNotEmpty,
        TextContains,
        NotTextContains,
        GreaterThan,
        LessThan,
        In,
        NotIn,
        Contains,
        NotContains,
        Empty,
        NotEmpty,
    };
    QString key;
    Type type = Type::Equals;
    QJsonValue value;
};

struct DataSort
{
    QString field;
    bool descending = false;
};

// A Data API list request read from its querystring: constraints, paging and
// sorting, checked against the type (shared/reference/bubble-api.md §5.2).
struct DataQuery
{
    QList<DataConstraint> constraints;
    int cursor = 0;
    int limit = 100;
    // sort_field, then additional_sort_fields; Created Date orders what is left.
    QList<DataSort> sorts;
    bool excludeRemaining = false;

    static constexpr int maxLimit = 100;
    static constexpr int maxWindow = 50000;

    // Errors carry Bubble's words; `status` is 400 or, for a constraint that
    // does not fit its field, 404 as Bubble answers.
    struct Problem
    {
        int status = 400;
        QString code;
        QString message;
    };
    static std::variant<DataQuery, Problem> parse(const EngineRequest &request,
                                                  const DataType &type);

    static std::optional<DataConstraint::Type> constraintTypeFromId(const QString &id);
    static QString constraintTypeId(DataConstraint::Type type);
};

} // namespace gatehouse
