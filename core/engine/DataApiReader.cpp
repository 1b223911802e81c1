#include "DataApiReader.h"

#include "BubbleResponses.h"
#include "ConstraintMatcher.h"
#include "DataQuery.h"
#include "OperationTable.h"
#include "RecordValues.h"
#include "StoreFailure.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;

namespace {
struct Found
{
    QJsonObject thing; // as the caller sees it
};

int compareValues(const QJsonValue &x, const QJsonValue &y)
{
    if (x.isDouble() && y.isDouble())
        return x.toDouble() < y.toDouble() ? -1 : (y.toDouble() < x.toDouble() ? 1 : 0);
    if (x.isBool() && y.isBool())
        return int(x.toBool()) - int(y.toBool());
    // Empty first; text and ISO dates order as strings.
    const QString a = RecordValues::isEmpty(x) ? QString() : x.toVariant().toString();
    const QString b = RecordValues::isEmpty(y) ? QString() : y.toVariant().toString();
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Sorts by what the caller sees: a field it may not view has no value to
// order by, so a sort on it leaves the records in Created Date order.
void sortFound(QList<Found> &found, QList<DataSort> sorts)
{
    sorts.append({u"Created Date"_s, false});
    std::stable_sort(found.begin(), found.end(), [&](const Found &a, const Found &b) {
        for (const DataSort &sort : sorts) {
            const int order = compareValues(a.thing.value(sort.field), b.thing.value(sort.field));
            if (order != 0)
                return sort.descending ? order > 0 : order < 0;
        }
        return false;
    });
}
QList<DataConstraint> constraintsOnViewable(const QList<DataConstraint> &constraints,
                                            const RecordAccess &access)
{
    QList<DataConstraint> kept;
    for (const DataConstraint &constraint : constraints) {
        if (DataType::builtInFieldType(constraint.key) || access.canView(constraint.key))
            kept.append(constraint);
    }
    return kept;
}
} // namespace

EngineResponse DataApiReader::list(const DataApiContext &c)
{
    const auto parsed = DataQuery::parse(c.request, c.type);
    if (auto *problem = std::get_if<DataQuery::Problem>(&parsed)) {
        c.trace.add(Stage::Parameters, Verdict::Refused, problem->message, c.subject());
        return BubbleResponses::statusBody(problem->status, problem->code, problem->message);
    }
    const DataQuery &query = std::get<DataQuery>(parsed);
    const Result<QList<Record>> records = c.store.recordsOfType(c.type.name);
    if (!records)
        return StoreFailure::response(records.error());
    QList<Found> found;
    int hidden = 0;
    for (const Record &record : records.value()) {
        const RecordAccess access = c.privacy.accessTo(record, c.principal);
        if (!OperationTable::rulesAllow(access.permissions, DataApiGate::Operation::List)) {
            ++hidden;
            continue;
        }
        // As in Bubble, a constraint on a field the caller may not view is
        // not applied, so a search can neither probe a hidden field nor find
        // less than the caller may see.
        Record visible = record;
        visible.values = c.privacy.visibleThing(record, access);
        if (ConstraintMatcher::matches(visible, constraintsOnViewable(query.constraints, access)))
            found.append({visible.values});
    }
    sortFound(found, query.sorts);
    const int total = int(qMin<qsizetype>(found.size(), DataQuery::maxWindow));
    const int from = qMin(query.cursor, total);
    const int count = qMin(query.limit, total - from);
    QJsonArray results;
    for (int i = from; i < from + count; ++i)
        results.append(found.at(i).thing);
    c.trace.add(Stage::Privacy, Verdict::Passed,
                u"found %1 of %2 records; privacy rules hid %3"_s.arg(total)
                    .arg(total + hidden)
                    .arg(hidden),
                c.subject(), TraceRef::type(c.type.name));
    QJsonObject response{{u"cursor"_s, from}, {u"results"_s, results}, {u"count"_s, count}};
    if (!query.excludeRemaining)
        response.insert(u"remaining"_s, total - from - count);
    return EngineResponse::json(200, {{u"response"_s, response}});
}

EngineResponse DataApiReader::get(const DataApiContext &c, const QString &id)
{
    const Result<std::optional<Record>> found = c.store.record(id);
    if (!found)
        return StoreFailure::response(found.error());
    const std::optional<Record> &record = found.value();
    if (!record || record->type != c.type.name)
        return missingObject(c, id);
    const RecordAccess access = c.privacy.accessTo(*record, c.principal);
    if (OperationTable::hides(access.permissions, DataApiGate::Operation::Get))
        return hiddenObject(c, id, access);
    c.trace.add(Stage::Privacy, Verdict::Passed, u"record shown by %1"_s.arg(access.describe()),
                c.subject(), access.decidedBy(c.type.name));
    return EngineResponse::json(200, {{u"response"_s, c.privacy.visibleThing(*record, access)}});
}

// What a search would hide, a direct get, change or delete hides too: the
// same 404 as for no record at all, so an id gathered elsewhere tells
// nothing (pitfall P4). The trace says why.
EngineResponse DataApiReader::hiddenObject(const DataApiContext &c, const QString &id,
                                           const RecordAccess &access)
{
    c.trace.add(
        Stage::Privacy, Verdict::Refused,
        u"%1 may not find this record (%2)"_s.arg(c.principal.describe(), access.describe()),
        c.subject(), access.decidedBy(c.type.name));
    return BubbleResponses::statusBody(404, u"MISSING_DATA"_s, missingMessage(c, id));
}

EngineResponse DataApiReader::missingObject(const DataApiContext &c, const QString &id)
{
    c.trace.add(Stage::Action, Verdict::Refused, u"no %1 has id `%2`"_s.arg(c.type.name, id),
                c.subject());
    return BubbleResponses::statusBody(404, u"MISSING_DATA"_s, missingMessage(c, id));
}

QString DataApiReader::missingMessage(const DataApiContext &c, const QString &id)
{
    return u"Missing object of type %1: object with id %2 does not exist"_s.arg(c.type.apiName(),
                                                                                id);
}

} // namespace gatehouse
