#include "DataApiWriter.h"

#include "AccountActions.h"
#include "BubbleResponses.h"
#include "DataApiReader.h"
#include "JsonTextCheck.h"
#include "OperationTable.h"
#include "PrivacyMode.h"
#include "StoreFailure.h"

#include "model/RecordValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Stage = TraceStep::Stage;
using Verdict = TraceStep::Verdict;
using Operation = DataApiGate::Operation;

namespace {
std::optional<QJsonObject> bodyObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

EngineResponse DataApiWriter::create(const DataApiContext &c)
{
    const auto fields = bodyObject(c.request.body);
    if (!fields)
        return badBody(c, u"The body must be a JSON object"_s);
    const Written written = createOne(c, *fields);
    if (!written.record)
        return fromWritten(c, written);
    return EngineResponse::json(201, {{u"status"_s, u"success"_s}, {u"id"_s, written.record->id}});
}

DataApiWriter::Written DataApiWriter::createOne(const DataApiContext &c, const QJsonObject &fields)
{
    // A caller who may create no record of the type learns nothing of its
    // fields: it is refused before they are read.
    if (!PrivacyModes::bypasses(PrivacyModes::forDataApi(c.principal)) &&
        OperationTable::overType(c.type, Operation::Create) == OperationTable::Reach::Nowhere) {
        c.trace.add(
            Stage::Action, Verdict::Refused,
            u"no privacy rule of %1 lets %2 create"_s.arg(c.type.name, c.principal.describe()),
            c.subject());
        return {std::nullopt, 401, {}, u"Permission denied: cannot create this object"_s};
    }
    Record record;
    record.id = BubbleResponses::newUniqueId(c.clock.now());
    record.type = c.type.name;
    record.createdDate = record.modifiedDate = c.clock.now();
    record.createdBy =
        c.principal.isAdmin() ? BubbleResponses::adminUserId(c.project.name) : c.principal.userId;
    std::optional<QString> password;
    const QString problem = applyFields(c, fields, record, password);
    if (!problem.isEmpty()) {
        c.trace.add(Stage::Parameters, Verdict::Refused, problem, c.subject());
        return {std::nullopt, 400, u"ERROR"_s, problem};
    }
    // Rules read the record from the store, so it goes in first and comes
    // out again when no rule allows it.
    if (auto inserted = c.store.insert(record); !inserted) {
        c.trace.add(Stage::Action, Verdict::Failed, inserted.errorMessage(), c.subject());
        if (inserted.isStoreFailure())
            return {std::nullopt, 503, u"ERROR"_s, u"The data store failed"_s};
        return {std::nullopt, 500, u"ERROR"_s, inserted.errorMessage()};
    }
    const RecordAccess access = c.privacy.accessTo(record, c.principal);
    if (!OperationTable::rulesAllow(access.permissions, Operation::Create)) {
        // A record that cannot be taken out again must not commit.
        if (auto removed = c.store.remove(record.id); !removed) {
            c.trace.add(Stage::Action, Verdict::Failed, removed.errorMessage(), c.subject());
            return {std::nullopt, 503, u"ERROR"_s, u"The data store failed"_s};
        }
        c.trace.add(Stage::Action, Verdict::Refused,
                    u"no privacy rule lets %1 create this record (%2)"_s.arg(c.principal.describe(),
                                                                             access.describe()),
                    c.subject());
        return {std::nullopt, 401, {}, u"Permission denied: cannot create this object"_s};
    }
    if (const QString failed = storePassword(c, password, record, true); !failed.isEmpty()) {
        if (auto removed = c.store.remove(record.id); !removed)
            c.trace.add(Stage::Action, Verdict::Failed, removed.errorMessage(), c.subject());
        c.trace.add(Stage::Action, Verdict::Failed, failed, c.subject());
        return {std::nullopt, 503, u"ERROR"_s, u"The data store failed"_s};
    }
    c.trace.add(Stage::Action, Verdict::Passed,
                u"created record `%1` (allowed by %2)"_s.arg(record.id, access.describe()),
                c.subject());
    return {record, 201, {}, {}};
}

EngineResponse DataApiWriter::modify(const DataApiContext &c, const QString &id, bool replace)
{
    const Result<std::optional<Record>> found = c.store.record(id);
    if (!found)
        return StoreFailure::response(found.error());
    const std::optional<Record> &before = found.value();
    if (!before || before->type != c.type.name)
        return DataApiReader::missingObject(c, id);
    const Operation operation = replace ? Operation::Replace : Operation::Modify;
    const RecordAccess accessBefore = c.privacy.accessTo(*before, c.principal);
    if (OperationTable::hides(accessBefore.permissions, operation))
        return DataApiReader::hiddenObject(c, id, accessBefore);
    const auto fields = bodyObject(c.request.body);
    if (!fields)
        return badBody(c, u"The body must be a JSON object"_s);
    if (!OperationTable::rulesAllow(accessBefore.permissions, operation))
        return denied(c, u"You do not have permission to modify this object"_s,
                      u"no privacy rule lets %1 modify this record (%2)"_s.arg(
                          c.principal.describe(), accessBefore.describe()));
    Record after = *before;
    if (replace)
        after.values = {};
    after.modifiedDate = c.clock.now();
    std::optional<QString> password;
    if (const QString problem = applyFields(c, *fields, after, password); !problem.isEmpty())
        return badBody(c, problem);
    if (auto updated = c.store.update(after); !updated)
        return storeRefusal(c, updated.error());
    // A caller may not change a record so that it loses the right to change it.
    const RecordAccess accessAfter = c.privacy.accessTo(after, c.principal);
    if (!OperationTable::rulesAllow(accessAfter.permissions, operation)) {
        // The request is refused and rolled back anyway; a failed restore is
        // a store failure, which refuses it as 503 instead.
        if (auto restored = c.store.update(*before); !restored)
            return storeRefusal(c, restored.error());
        return denied(c, u"You do not have permission to modify this object"_s,
                      u"after the change no privacy rule would let %1 modify it"_s.arg(
                          c.principal.describe()));
    }
    if (const QString failed = storePassword(c, password, after, false); !failed.isEmpty()) {
        c.trace.add(Stage::Action, Verdict::Failed, failed, c.subject());
        if (auto restored = c.store.update(*before); !restored)
            c.trace.add(Stage::Action, Verdict::Failed, restored.errorMessage(), c.subject());
        return BubbleResponses::statusBody(503, u"ERROR"_s, u"The data store failed"_s);
    }
    if (c.type.isUser() && password) {
        if (auto failed = endSessions(c, id))
            return *failed;
    }
    c.trace.add(Stage::Action, Verdict::Passed,
                u"%1 record `%2` (allowed by %3)"_s.arg(replace ? u"replaced"_s : u"modified"_s, id,
                                                        accessBefore.describe()),
                c.subject());
    return EngineResponse::empty(204);
}

EngineResponse DataApiWriter::remove(const DataApiContext &c, const QString &id)
{
    const Result<std::optional<Record>> found = c.store.record(id);
    if (!found)
        return StoreFailure::response(found.error());
    const std::optional<Record> &record = found.value();
    if (!record || record->type != c.type.name)
        return DataApiReader::missingObject(c, id);
    const RecordAccess access = c.privacy.accessTo(*record, c.principal);
    if (OperationTable::hides(access.permissions, Operation::Delete))
        return DataApiReader::hiddenObject(c, id, access);
    if (!OperationTable::rulesAllow(access.permissions, Operation::Delete))
        return denied(c, u"You do not have permission to delete this object"_s,
                      u"no privacy rule lets %1 delete this record (%2)"_s.arg(
                          c.principal.describe(), access.describe()));
    if (auto removed = c.store.remove(id); !removed)
        return storeRefusal(c, removed.error());
    if (c.type.isUser()) {
        if (auto failed = endSessions(c, id))
            return *failed;
    }
    c.trace.add(Stage::Action, Verdict::Passed,
                u"deleted record `%1` (allowed by %2)"_s.arg(id, access.describe()), c.subject());
    return EngineResponse::empty(204);
}

// Each line stands alone, as Bubble's do: a line that fails is reported and
// leaves nothing, the others are created and commit with the request.
EngineResponse DataApiWriter::bulkCreate(const DataApiContext &c)
{
    if (c.request.contentType() != "text/plain")
        return badBody(c, u"Expecting a newline-seperated list of JSON objects.  Make sure the "
                          "Content-Type header is text/plain"_s);
    constexpr int maxItems = 1000; // Bubble's cap
    const QList<QByteArray> lines = c.request.body.split('\n');
    const auto items = std::count_if(lines.begin(), lines.end(), [](const QByteArray &line) {
        return !line.trimmed().isEmpty();
    });
    if (items > maxItems)
        return badBody(
            c, u"More than %1 items: a bulk request takes at most %1 lines"_s.arg(maxItems));
    QByteArray out;
    int lineNumber = 0;
    int created = 0;
    int failed = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        ++lineNumber;
        if (c.request.isServerStopping())
            return stoppedAt(c, lineNumber);
        Trace lineTrace;
        const DataApiContext lineContext{c.project, c.store, c.privacy, c.clock,    c.principal,
                                         c.request, c.type,  lineTrace, c.passwords};
        const auto fields = bodyObject(line);
        QString error;
        if (!fields) {
            // A line may hold a password or a record's values: it is not echoed.
            error = u"Could not parse as JSON: line %1"_s.arg(lineNumber);
        } else if (const Written written = createOne(lineContext, *fields); written.record) {
            out += QJsonDocument(
                       QJsonObject{{u"status"_s, u"success"_s}, {u"id"_s, written.record->id}})
                       .toJson(QJsonDocument::Compact) +
                   '\n';
            ++created;
        } else if (written.status >= 500) {
            for (const TraceStep &step : lineTrace.steps())
                c.trace.add(step.stage, step.verdict,
                            u"line %1: %2"_s.arg(lineNumber).arg(step.reason), step.subject);
            return fromWritten(c, written);
        } else {
            error = written.message;
        }
        for (const TraceStep &step : lineTrace.steps()) {
            const bool stopped =
                step.verdict == Verdict::Refused || step.verdict == Verdict::Failed;
            c.trace.add(step.stage, stopped ? Verdict::Skipped : step.verdict,
                        u"line %1%2: %3"_s.arg(lineNumber)
                            .arg(stopped ? u" not created"_s : QString(), step.reason),
                        step.subject);
        }
        if (error.isEmpty())
            continue;
        if (lineTrace.steps().isEmpty())
            c.trace.add(Stage::Parameters, Verdict::Skipped,
                        u"line %1 not created: it is not a JSON object"_s.arg(lineNumber),
                        c.subject());
        out += QJsonDocument(QJsonObject{{u"status"_s, u"error"_s}, {u"message"_s, error}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
        ++failed;
    }
    c.trace.add(Stage::Response, Verdict::Passed,
                u"bulk create: %1 created, %2 reported as errors"_s.arg(created).arg(failed),
                c.subject());
    EngineResponse response;
    response.status = 200;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
    response.body = out;
    return response;
}

QString DataApiWriter::applyFields(const DataApiContext &c, const QJsonObject &fields,
                                   Record &record, std::optional<QString> &password)
{
    if (const QString key = JsonTextCheck::firstUncleanKey(fields); !key.isEmpty())
        return JsonTextCheck::problemFor(key);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (c.type.isUser() && it.key() == u"password"_s) {
            if (!it.value().isString())
                return u"Invalid data for key password: Expected a string"_s;
            if (auto problem = AccountActions::passwordProblem(it.value().toString()))
                return problem->jsonBody()[u"body"_s][u"message"_s].toString();
            password = it.value().toString(); // hashed once a rule allows the write
            continue;
        }
        const Field *field = c.type.findField(it.key());
        if (!field)
            return u"Unrecognized field: "_s + it.key();
        const QString problem = valueProblem(c, field->type, it.value());
        if (!problem.isEmpty())
            return u"Invalid data for key %1: %2"_s.arg(it.key(), problem);
        if (it.value().isNull())
            record.values.remove(it.key());
        else
            record.values.insert(it.key(), it.value());
    }
    if (c.type.isUser() && record.values.value(u"email"_s).toString().isEmpty())
        return u"Missing parameter: email"_s;
    if (c.type.isUser()) {
        const AccountActions accounts(c.store, c.project.settings, c.clock);
        if (auto problem =
                accounts.addressProblem(record.values.value(u"email"_s).toString(), record.id))
            return problem->jsonBody()[u"body"_s][u"message"_s].toString();
    }
    return {};
}

QString DataApiWriter::valueProblem(const DataApiContext &c, const FieldType &type,
                                    const QJsonValue &value)
{
    if (type.kind != FieldKind::Reference)
        return RecordValidator::valueProblem(c.project, type, value);
    const QJsonArray items = type.isList ? value.toArray() : QJsonArray{value};
    if (type.isList && !value.isArray() && !value.isNull())
        return u"expected a list of ids"_s;
    for (const QJsonValue &item : items) {
        if (item.isNull())
            continue;
        const Result<std::optional<Record>> found = c.store.record(item.toString());
        // The store failure is latched and refuses the request as 503.
        if (!found)
            return u"the live data could not be read"_s;
        const std::optional<Record> &target = found.value();
        if (!item.isString() || !target || target->type != type.referencedType ||
            !c.privacy.accessTo(*target, c.principal).canFind())
            return u"expected the id of a %1"_s.arg(type.referencedType);
    }
    return {};
}

// A user who was deleted or whose password changed is logged out everywhere.
std::optional<EngineResponse> DataApiWriter::endSessions(const DataApiContext &c,
                                                         const QString &userId)
{
    if (auto ended = AccountActions(c.store, c.project.settings, c.clock).endSessionsOf(userId);
        !ended) {
        c.trace.add(Stage::Action, Verdict::Failed, ended.errorMessage(), c.subject());
        return BubbleResponses::statusBody(503, u"ERROR"_s, u"The data store failed"_s);
    }
    c.trace.add(Stage::Action, Verdict::Passed,
                u"every session of user `%1` was ended"_s.arg(userId), c.subject());
    return std::nullopt;
}

EngineResponse DataApiWriter::denied(const DataApiContext &c, const QString &translation,
                                     const QString &reason)
{
    c.trace.add(Stage::Action, Verdict::Refused, reason, c.subject());
    return BubbleResponses::unauthorized(translation, BubbleResponses::newUniqueId(c.clock.now()));
}

EngineResponse DataApiWriter::storeRefusal(const DataApiContext &c, const Error &error)
{
    c.trace.add(Stage::Action, Verdict::Failed, error.message, c.subject());
    if (error.isStoreFailure())
        return StoreFailure::response(error);
    return BubbleResponses::statusBody(500, u"ERROR"_s, error.message);
}

EngineResponse DataApiWriter::badBody(const DataApiContext &c, const QString &message)
{
    c.trace.add(Stage::Parameters, Verdict::Refused, message, c.subject());
    return BubbleResponses::statusBody(400, u"ERROR"_s, message);
}

// Nothing of the bulk is kept: the request is refused and rolled back.
EngineResponse DataApiWriter::stoppedAt(const DataApiContext &c, int lineNumber)
{
    c.trace.add(
        Stage::Action, Verdict::Failed,
        u"the server stopped before line %1; nothing of this bulk is kept"_s.arg(lineNumber),
        c.subject());
    return BubbleResponses::statusBody(503, u"ERROR"_s, u"The server is stopping"_s);
}

EngineResponse DataApiWriter::fromWritten(const DataApiContext &c, const Written &written)
{
    if (written.status == 401)
        return BubbleResponses::unauthorized(written.message,
                                             BubbleResponses::newUniqueId(c.clock.now()));
    return BubbleResponses::statusBody(written.status, written.code, written.message);
}

// Hashing costs tens of milliseconds on purpose, so it is done only for a
// write a rule has allowed, and only after the request commits
// (PendingPasswords): refused lines cost a caller nothing, and the hashing
// holds no lock. Meanwhile the record keeps a placeholder no password matches.
QString DataApiWriter::storePassword(const DataApiContext &c,
                                     const std::optional<QString> &password, Record &record,
                                     bool created)
{
    if (!password)
        return {};
    record.passwordHash = c.passwords.add(record.id, *password, record.passwordHash, created);
    if (auto updated = c.store.update(record); !updated)
        return updated.errorMessage();
    return {};
}

} // namespace gatehouse
