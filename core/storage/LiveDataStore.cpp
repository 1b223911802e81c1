#include "LiveDataStore.h"

#include "RecordRows.h"
#include "Statement.h"
#include "StorageFormat.h"

#include "exchange/ConfigReader.h"
#include "exchange/ConfigSchemaReader.h"
#include "exchange/ConfigWriter.h"
#include "exchange/ReadErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kBusyTimeoutMs = 5000;

const QString kSessionColumns = u"secret_hash, user_id, prefix, created, expires, last_used, "
                                "revoked"_s;
const QString kRunColumns = u"id, workflow, scheduled_for, parameters, user_id, by_admin, "
                            "status, definition, scopes"_s;

template <typename... Values>
Result<Statement> prepared(Database &db, const QString &sql, const Values &...values)
{
    auto statement = db.prepare(sql);
    if (statement)
        statement.value().bindAll(values...);
    return statement;
}

// Runs a query and hands each row to `read`, which fails the whole read
// when it cannot decode the row: a reader answers with every row or an
// error, never with the rows it managed to read.
template <typename Read>
Result<> eachRow(Statement &statement, Read read)
{
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        if (Result<> decoded = read(statement); !decoded)
            return decoded;
    }
}

Result<Session> sessionAt(const Statement &row)
{
    Session session;
    session.secretHash = row.columnBlob(0);
    Credential &credential = session.credential;
    credential.source = Credential::Source::Session;
    credential.name = u"session"_s;
    credential.kind = TokenKind::User;
    credential.userId = row.columnText(1);
    credential.prefix = row.columnText(2);
    QDateTime *dates[] = {&credential.created, &credential.expires, &credential.lastUsed,
                          &credential.revoked};
    for (int i = 0; i < 4; ++i) {
        const Result<QDateTime> date = StorageFormat::readDate(row, 3 + i);
        if (!date)
            return Error{
                u"a session of user `%1`: %2"_s.arg(credential.userId, date.errorMessage())};
        *dates[i] = date.value();
    }
    return session;
}

// NULL for no date, as StorageFormat::bindDate writes it.
std::optional<QString> dateValue(const QDateTime &date)
{
    return date.isValid() ? std::optional<QString>(StorageFormat::dateText(date)) : std::nullopt;
}

// A run's definition as the config file writes a workflow; empty for none.
QString definitionText(const ScheduledRun &run)
{
    return run.definition ? QString::fromUtf8(ConfigWriter::writeOneWorkflow(*run.definition))
                          : QString();
}

// A definition that cannot be read is a problem the engine fails the run
// with, never a reason to run the current workflow instead.
void readDefinition(const QString &text, ScheduledRun &run)
{
    if (text.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    ReadErrors errors(u"scheduled run `%1`"_s.arg(run.id));
    const Workflow workflow =
        ConfigSchemaReader::workflow(document.object(), u"$.definition"_s, errors);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        run.definitionProblem = u"not a JSON object"_s;
    else if (!errors.ok())
        run.definitionProblem = errors.error().message;
    else
        run.definition = workflow;
}

// The scheduler's scopes, a ceiling on the run; empty for a run recorded by
// version 4, which put no ceiling on scheduled runs.
QString scopesText(const ScheduledRun &run)
{
    return QString::fromUtf8(ConfigWriter::writeOneScopes(run.scopes));
}

// Scopes that cannot be read fail the run rather than lift its ceiling.
void readScopes(const QString &text, ScheduledRun &run)
{
    if (text.isEmpty())
        return;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    ReadErrors errors(u"scheduled run `%1`"_s.arg(run.id));
    const TokenScopes scopes = ConfigReader::scopes(document.object(), u"$.scopes"_s, errors);
    if (!document.isObject())
        run.definitionProblem = u"its scheduler's scopes are not a JSON object"_s;
    else if (!errors.ok())
        run.definitionProblem = u"its scheduler's scopes: "_s + errors.error().message;
    else
        run.scopes = scopes;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

LiveDataStore::LiveDataStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

Result<std::unique_ptr<LiveDataStore>> LiveDataStore::open(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::ReadWrite);
    if (!opened)
        return Error{u"%1: cannot open the live data (%2)"_s.arg(path, opened.errorMessage())};
    std::unique_ptr<Database> db = std::move(opened.value());
    // Under WAL, synchronous NORMAL makes a commit durable against a crash of
    // the process (the server's or the editor's), which is the promise; only
    // an OS crash or power cut may lose the last commits. FULL would fsync
    // every request.
    for (auto setup : {db->setBusyTimeout(kBusyTimeoutMs), db->enableWal(),
                       db->exec(u"PRAGMA synchronous = NORMAL"_s)}) {
        if (!setup)
            return Error{u"%1: cannot open the live data (%2)"_s.arg(path, setup.errorMessage())};
    }
    std::unique_ptr<LiveDataStore> store(new LiveDataStore(std::move(db)));
    if (auto seeded = store->seed(false); !seeded)
        return seeded.error();
    return store;
}

Error LiveDataStore::failure(const QString &what, const QString &why, ErrorCode code) const
{
    return Error{u"%1: cannot %2 (%3)"_s.arg(m_db->path(), what, why), code};
}

Error LiveDataStore::readFailure(const QString &why) const
{
    return failure(u"read the live data"_s, why, ErrorCode::StoreRead);
}

Error LiveDataStore::writeFailure(const QString &why) const
{
    return failure(u"write the live data"_s, why, ErrorCode::StoreWrite);
}

Result<> LiveDataStore::seed(bool always)
{
    auto transaction = Transaction::begin(*m_db, Transaction::Behavior::Immediate);
    if (!transaction)
        return failure(u"start the live data"_s, transaction.errorMessage());
    auto marker = m_db->prepare(u"SELECT value FROM live_meta WHERE key = 'seeded_at'"_s);
    if (!marker)
        return readFailure(marker.errorMessage());
    auto found = marker.value().step();
    if (!found)
        return readFailure(found.errorMessage());
    if (found.value() && !always)
        return {};
    marker.value().reset(); // done reading before the writes
    const QString sql =
        uR"(DELETE FROM live_records; DELETE FROM live_sessions; DELETE FROM live_token_uses;
DELETE FROM live_outbox; DELETE FROM live_scheduled_runs;
INSERT INTO live_records (%1) SELECT %1 FROM records;
INSERT OR REPLACE INTO live_meta (key, value) VALUES ('seeded_at', '%2');)"_s.arg(
            RecordRows::columns(), StorageFormat::dateText(QDateTime::currentDateTimeUtc()));
    forgetRemembered();
    if (auto copied = m_db->exec(sql); !copied)
        return failure(u"copy the test data into the live data"_s, copied.errorMessage());
    if (auto committed = transaction.value().commit(); !committed)
        return failure(u"start the live data"_s, committed.errorMessage());
    return {};
}

Result<> LiveDataStore::resetToTestData()
{
    if (m_transaction)
        return failure(u"reset the live data"_s, u"a request is under way"_s);
    return seed(true);
}

Result<> LiveDataStore::begin()
{
    if (m_transaction)
        return failure(u"begin a request"_s, u"a transaction is already open"_s);
    auto begun = Transaction::begin(*m_db, Transaction::Behavior::Immediate);
    if (!begun)
        return failure(u"begin a request"_s, begun.errorMessage());
    m_transaction.emplace(std::move(begun.value()));
    return {};
}

Result<> LiveDataStore::commit()
{
    if (!m_transaction)
        return failure(u"commit"_s, u"no transaction is open"_s);
    auto committed = m_transaction->commit();
    m_transaction.reset();
    if (!committed)
        return failure(u"commit the request's changes"_s, committed.errorMessage());
    return {};
}

void LiveDataStore::rollback()
{
    m_transaction.reset(); // rolls back
    forgetRemembered();
}

void LiveDataStore::forgetRemembered() const
{
    m_remembered = Remembered{};
}

// Nothing remembered is trusted when the version cannot be read.
void LiveDataStore::checkRemembered() const
{
    qint64 version = -1;
    auto statement = m_db->prepare(u"PRAGMA data_version"_s);
    const Result<> read = !statement ? Result<>(statement.error())
                                     : eachRow(statement.value(), [&](const Statement &row) {
                                           version = row.columnInt64(0);
                                           return Result<>();
                                       });
    if (!read || version < 0 || version != m_remembered.dataVersion)
        forgetRemembered();
    m_remembered.dataVersion = read ? version : -1;
}

template <typename... Values>
Result<> LiveDataStore::change(const QString &sql, const Values &...values)
{
    auto statement = prepared(*m_db, sql, values...);
    if (!statement)
        return writeFailure(statement.errorMessage());
    if (auto done = statement.value().exec(); !done)
        return writeFailure(done.errorMessage());
    return {};
}

template <typename... Values>
Result<> LiveDataStore::changeOne(const QString &missing, const QString &sql,
                                  const Values &...values)
{
    if (auto done = change(sql, values...); !done)
        return done;
    if (m_db->changes() != 1)
        return Error{missing, ErrorCode::NotFound};
    return {};
}

// A record that cannot be decoded fails the read: left out, it would read
// as a record that does not exist.
Result<QList<Record>> LiveDataStore::selectRecords(const QString &where, const QString &value) const
{
    QList<Record> records;
    auto statement = prepared(*m_db,
                              u"SELECT %1 FROM live_records WHERE %2 = ? ORDER BY position"_s.arg(
                                  RecordRows::columns(), where),
                              value);
    if (!statement)
        return readFailure(statement.errorMessage());
    const Result<> read = eachRow(statement.value(), [&](const Statement &row) -> Result<> {
        auto record = RecordRows::read(row);
        if (!record)
            return Error{u"record `%1`: %2"_s.arg(row.columnText(0), record.errorMessage())};
        records.append(std::move(record).value());
        return {};
    });
    if (!read)
        return readFailure(read.errorMessage());
    return records;
}

Result<QList<Record>> LiveDataStore::recordsOfType(const QString &type) const
{
    return selectRecords(u"type"_s, type);
}

Result<std::optional<Record>> LiveDataStore::record(const QString &id) const
{
    const Result<QList<Record>> found = selectRecords(u"id"_s, id);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional<Record>(found->first());
}

Result<std::optional<qint64>> LiveDataStore::positionOf(const QString &id) const
{
    std::optional<qint64> position;
    auto statement = prepared(*m_db, u"SELECT position FROM live_records WHERE id = ?"_s, id);
    if (!statement)
        return readFailure(statement.errorMessage());
    const Result<> read = eachRow(statement.value(), [&](const Statement &row) {
        position = row.columnInt64(0);
        return Result<>();
    });
    if (!read)
        return readFailure(read.errorMessage());
    return position;
}

Result<> LiveDataStore::writeRecord(const Record &record, qint64 position)
{
    auto statement = m_db->prepare(u"INSERT OR REPLACE INTO live_records (%1) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(RecordRows::columns()));
    if (!statement)
        return writeFailure(statement.errorMessage());
    RecordRows::bind(statement.value(), record, position);
    if (auto done = statement.value().exec(); !done)
        return writeFailure(done.errorMessage());
    return {};
}

// The last position is read once and then counted; read again when another
// connection may have added records (data_version changed) or after a
// rollback. A rolled-back insert may leave a gap, which keeps the order.
Result<qint64> LiveDataStore::nextPosition()
{
    checkRemembered();
    std::optional<qint64> &last = m_remembered.lastPosition;
    if (!last) {
        auto statement = m_db->prepare(u"SELECT COALESCE(MAX(position), -1) FROM live_records"_s);
        if (!statement)
            return readFailure(statement.errorMessage());
        auto row = statement.value().step();
        if (!row || !row.value())
            return readFailure(row ? u"no last position"_s : row.errorMessage());
        last = statement.value().columnInt64(0);
    }
    return ++*last;
}

Result<> LiveDataStore::insert(const Record &record)
{
    const Result<std::optional<qint64>> existing = positionOf(record.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{u"a record with id `%1` exists already"_s.arg(record.id),
                     ErrorCode::InvalidInput};
    auto position = nextPosition();
    if (!position)
        return position.error();
    return writeRecord(record, position.value());
}

Result<> LiveDataStore::update(const Record &record)
{
    const Result<std::optional<qint64>> position = positionOf(record.id);
    if (!position)
        return position.error();
    if (!position.value())
        return Error{u"no record with id `%1`"_s.arg(record.id), ErrorCode::NotFound};
    return writeRecord(record, *position.value());
}

Result<> LiveDataStore::remove(const QString &id)
{
    return changeOne(u"no record with id `%1`"_s.arg(id),
                     u"DELETE FROM live_records WHERE id = ?"_s, id);
}

// Looked up by the hash, which an index compares: a caller cannot choose a
// hash, only a secret, so the comparison's timing tells nothing.
Result<std::optional<Credential>> LiveDataStore::findSession(const QByteArray &secretHash) const
{
    const Result<QList<Session>> found = selectSessions(u"secret_hash = ?"_s, secretHash);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Credential>();
    return std::optional(found->first().credential);
}

Result<QList<Session>> LiveDataStore::sessionsOf(const QString &userId) const
{
    return selectSessions(u"user_id = ? AND revoked IS NULL ORDER BY created, rowid"_s, userId);
}

template <typename Value>
Result<QList<Session>> LiveDataStore::selectSessions(const QString &where, const Value &value) const
{
    QList<Session> sessions;
    auto statement = prepared(
        *m_db, u"SELECT %1 FROM live_sessions WHERE %2"_s.arg(kSessionColumns, where), value);
    if (!statement)
        return readFailure(statement.errorMessage());
    const Result<> read = eachRow(statement.value(), [&](const Statement &row) -> Result<> {
        Result<Session> session = sessionAt(row);
        if (!session)
            return session.error();
        sessions.append(std::move(session).value());
        return {};
    });
    if (!read)
        return readFailure(read.errorMessage());
    return sessions;
}

Result<> LiveDataStore::insertSession(const Session &session)
{
    const Credential &c = session.credential;
    return change(
        u"INSERT INTO live_sessions (%1) VALUES (?, ?, ?, ?, ?, ?, ?)"_s.arg(kSessionColumns),
        session.secretHash, c.userId, c.prefix, dateValue(c.created), dateValue(c.expires),
        dateValue(c.lastUsed), dateValue(c.revoked));
}

Result<> LiveDataStore::touchSession(const QByteArray &secretHash, const QDateTime &when)
{
    return changeOne(u"no such session"_s,
                     u"UPDATE live_sessions SET last_used = ? WHERE secret_hash = ?"_s,
                     StorageFormat::dateText(when), secretHash);
}

Result<> LiveDataStore::revokeSessions(const QString &userId, const QByteArray &secretHash,
                                       const QDateTime &when)
{
    if (secretHash.isEmpty())
        return change(
            u"UPDATE live_sessions SET revoked = ? WHERE user_id = ? AND revoked IS NULL"_s,
            StorageFormat::dateText(when), userId);
    return change(
        u"UPDATE live_sessions SET revoked = ? WHERE secret_hash = ? AND revoked IS NULL"_s,
        StorageFormat::dateText(when), secretHash);
}

Result<> LiveDataStore::touchToken(const QByteArray &secretHash, const QDateTime &when)
{
    return change(
        u"INSERT OR REPLACE INTO live_token_uses (secret_hash, last_used) VALUES (?, ?)"_s,
        secretHash, StorageFormat::dateText(when));
}

Result<std::optional<QDateTime>> LiveDataStore::tokenLastUsed(const QByteArray &secretHash) const
{
    std::optional<QDateTime> found;
    auto statement = prepared(
        *m_db, u"SELECT last_used FROM live_token_uses WHERE secret_hash = ?"_s, secretHash);
    if (!statement)
        return readFailure(statement.errorMessage());
    const Result<> read = eachRow(statement.value(), [&](const Statement &row) -> Result<> {
        const Result<QDateTime> date = StorageFormat::readDate(row, 0);
        if (!date)
            return Error{u"a token's last use: "_s + date.errorMessage()};
        found = date.value();
        return {};
    });
    if (!read)
        return readFailure(read.errorMessage());
    return found;
}

Result<> LiveDataStore::appendEmail(const OutboxEmail &email)
{
    return change(u"INSERT INTO live_outbox (sent, workflow, recipient, subject, body) "
                  "VALUES (?, ?, ?, ?, ?)"_s,
                  dateValue(email.sent), email.workflow, email.to, email.subject, email.body);
}

Result<QList<OutboxEmail>> LiveDataStore::outbox() const
{
    QList<OutboxEmail> emails;
    auto statement = m_db->prepare(
        u"SELECT sent, workflow, recipient, subject, body FROM live_outbox ORDER BY id"_s);
    if (!statement)
        return readFailure(statement.errorMessage());
    const Result<> read = eachRow(statement.value(), [&](const Statement &row) -> Result<> {
        const Result<QDateTime> sent = StorageFormat::readDate(row, 0);
        if (!sent)
            return Error{u"an e-mail in the outbox: "_s + sent.errorMessage()};
        emails.append(OutboxEmail{sent.value(), row.columnText(1), row.columnText(2),
                                  row.columnText(3), row.columnText(4)});
        return {};
    });
    if (!read)
        return readFailure(read.errorMessage());
    return emails;
}

Result<> LiveDataStore::appendScheduledRun(const ScheduledRun &run)
{
    m_remembered.runs.reset();
    return change(u"INSERT INTO live_scheduled_runs (seq, %1) VALUES ((SELECT COALESCE(MAX(seq), "
                  "0) + 1 FROM live_scheduled_runs), ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kRunColumns),
                  run.id, run.workflow, dateValue(run.scheduledFor), jsonText(run.parameters),
                  run.userId, run.byAdmin, run.status, definitionText(run), scopesText(run));
}

Result<> LiveDataStore::updateScheduledRun(const ScheduledRun &run)
{
    m_remembered.runs.reset();
    return changeOne(u"no scheduled run `%1`"_s.arg(run.id),
                     u"UPDATE live_scheduled_runs SET workflow = ?, scheduled_for = ?, "
                     "parameters = ?, user_id = ?, by_admin = ?, status = ?, definition = ?, "
                     "scopes = ? WHERE id = ?"_s,
                     run.workflow, dateValue(run.scheduledFor), jsonText(run.parameters),
                     run.userId, run.byAdmin, run.status, definitionText(run), scopesText(run),
                     run.id);
}

// Every request asks for the due runs: they are read once and remembered
// until they change.
Result<QList<ScheduledRun>> LiveDataStore::scheduledRuns() const
{
    checkRemembered();
    if (m_remembered.runs)
        return *m_remembered.runs;
    Result<QList<ScheduledRun>> runs = readScheduledRuns();
    if (runs) // a failure is not remembered as no runs
        m_remembered.runs = runs.value();
    return runs;
}

// A run whose time or parameters cannot be read fails the read; one whose
// definition or scopes cannot be read is kept with the problem, which fails
// that run alone (readDefinition).
Result<QList<ScheduledRun>> LiveDataStore::readScheduledRuns() const
{
    QList<ScheduledRun> runs;
    auto statement =
        m_db->prepare(u"SELECT %1 FROM live_scheduled_runs ORDER BY seq"_s.arg(kRunColumns));
    if (!statement)
        return readFailure(statement.errorMessage());
    const Result<> read = eachRow(statement.value(), [&](const Statement &row) -> Result<> {
        ScheduledRun run;
        run.id = row.columnText(0);
        run.workflow = row.columnText(1);
        const Result<QDateTime> when = StorageFormat::readDate(row, 2);
        const QJsonDocument parameters = QJsonDocument::fromJson(row.columnText(3).toUtf8());
        if (!when || !parameters.isObject())
            return Error{u"scheduled run `%1`: %2"_s.arg(
                run.id, when ? u"its parameters are not a JSON object"_s : when.errorMessage())};
        run.scheduledFor = when.value();
        run.parameters = parameters.object();
        run.userId = row.columnText(4);
        run.byAdmin = row.columnBool(5);
        run.status = row.columnText(6);
        readDefinition(row.columnText(7), run);
        readScopes(row.columnText(8), run);
        runs.append(run);
        return {};
    });
    if (!read)
        return readFailure(read.errorMessage());
    return runs;
}

} // namespace gatehouse
