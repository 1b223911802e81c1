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
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

Q_LOGGING_CATEGORY(lcLive, "gatehouse.live")

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

// Runs a query and hands each row to `read`; a failure is logged and ends the
// list, since the DataStore's readers answer with what they found. False
// when it failed.
template <typename Read>
bool eachRow(Database &db, Statement &statement, Read read)
{
    for (;;) {
        auto row = statement.step();
        if (!row) {
            qCWarning(lcLive) << db.path() << row.errorMessage();
            return false;
        }
        if (!row.value())
            return true;
        read(statement);
    }
}

std::optional<QDateTime> dateAt(const Statement &row, int column)
{
    auto date = StorageFormat::readDate(row, column);
    return date ? std::optional<QDateTime>(date.value()) : std::nullopt;
}

Credential sessionCredential(const Statement &row)
{
    Credential credential;
    credential.source = Credential::Source::Session;
    credential.name = u"session"_s;
    credential.kind = TokenKind::User;
    credential.userId = row.columnText(1);
    credential.prefix = row.columnText(2);
    QDateTime *dates[] = {&credential.created, &credential.expires, &credential.lastUsed,
                          &credential.revoked};
    for (int i = 0; i < 4; ++i)
        *dates[i] = dateAt(row, 3 + i).value_or(QDateTime());
    return credential;
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

Error LiveDataStore::failure(const QString &what, const QString &why) const
{
    return Error{u"%1: cannot %2 (%3)"_s.arg(m_db->path(), what, why)};
}

Result<> LiveDataStore::seed(bool always)
{
    auto transaction = Transaction::begin(*m_db, Transaction::Behavior::Immediate);
    if (!transaction)
        return failure(u"start the live data"_s, transaction.errorMessage());
    auto marker = m_db->prepare(u"SELECT value FROM live_meta WHERE key = 'seeded_at'"_s);
    if (!marker)
        return failure(u"read the live data"_s, marker.errorMessage());
    auto found = marker.value().step();
    if (!found)
        return failure(u"read the live data"_s, found.errorMessage());
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
    // Taken at the request's first statement: one that touches no data
    // (a ping) does no SQLite work at all.
    auto begun = Transaction::begin(*m_db, Transaction::Behavior::ImmediateWhenUsed);
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

void LiveDataStore::checkRemembered() const
{
    qint64 version = -1;
    auto statement = m_db->prepare(u"PRAGMA data_version"_s);
    if (statement)
        eachRow(*m_db, statement.value(),
                [&](const Statement &row) { version = row.columnInt64(0); });
    if (version < 0 || version != m_remembered.dataVersion)
        forgetRemembered();
    m_remembered.dataVersion = version;
}

template <typename... Values>
Result<> LiveDataStore::change(const QString &sql, const Values &...values)
{
    auto statement = prepared(*m_db, sql, values...);
    if (!statement)
        return failure(u"write the live data"_s, statement.errorMessage());
    if (auto done = statement.value().exec(); !done)
        return failure(u"write the live data"_s, done.errorMessage());
    return {};
}

template <typename... Values>
Result<> LiveDataStore::changeOne(const QString &missing, const QString &sql,
                                  const Values &...values)
{
    if (auto done = change(sql, values...); !done)
        return done;
    if (m_db->changes() != 1)
        return Error{missing};
    return {};
}

QList<Record> LiveDataStore::selectRecords(const QString &where, const QString &value) const
{
    QList<Record> records;
    auto statement = prepared(*m_db,
                              u"SELECT %1 FROM live_records WHERE %2 = ? ORDER BY position"_s.arg(
                                  RecordRows::columns(), where),
                              value);
    if (!statement) {
        qCWarning(lcLive) << m_db->path() << statement.errorMessage();
        return records;
    }
    eachRow(*m_db, statement.value(), [&](const Statement &row) {
        if (auto record = RecordRows::read(row))
            records.append(record.value());
        else
            qCWarning(lcLive) << m_db->path() << row.columnText(0) << record.errorMessage();
    });
    return records;
}

QList<Record> LiveDataStore::recordsOfType(const QString &type) const
{
    return selectRecords(u"type"_s, type);
}

std::optional<Record> LiveDataStore::record(const QString &id) const
{
    const QList<Record> found = selectRecords(u"id"_s, id);
    return found.isEmpty() ? std::nullopt : std::optional<Record>(found.first());
}

std::optional<qint64> LiveDataStore::positionOf(const QString &id) const
{
    std::optional<qint64> position;
    auto statement = prepared(*m_db, u"SELECT position FROM live_records WHERE id = ?"_s, id);
    if (statement)
        eachRow(*m_db, statement.value(),
                [&](const Statement &row) { position = row.columnInt64(0); });
    return position;
}

Result<> LiveDataStore::writeRecord(const Record &record, qint64 position)
{
    auto statement = m_db->prepare(u"INSERT OR REPLACE INTO live_records (%1) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(RecordRows::columns()));
    if (!statement)
        return failure(u"write the live data"_s, statement.errorMessage());
    RecordRows::bind(statement.value(), record, position);
    if (auto done = statement.value().exec(); !done)
        return failure(u"write the live data"_s, done.errorMessage());
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
            return failure(u"read the live data"_s, statement.errorMessage());
        auto row = statement.value().step();
        if (!row || !row.value())
            return failure(u"read the live data"_s,
                           row ? u"no last position"_s : row.errorMessage());
        last = statement.value().columnInt64(0);
    }
    return ++*last;
}

Result<> LiveDataStore::insert(const Record &record)
{
    if (positionOf(record.id))
        return Error{u"a record with id `%1` exists already"_s.arg(record.id)};
    auto position = nextPosition();
    if (!position)
        return position.error();
    return writeRecord(record, position.value());
}

Result<> LiveDataStore::update(const Record &record)
{
    const std::optional<qint64> position = positionOf(record.id);
    if (!position)
        return Error{u"no record with id `%1`"_s.arg(record.id)};
    return writeRecord(record, *position);
}

Result<> LiveDataStore::remove(const QString &id)
{
    return changeOne(u"no record with id `%1`"_s.arg(id),
                     u"DELETE FROM live_records WHERE id = ?"_s, id);
}

// Looked up by the hash, which an index compares: a caller cannot choose a
// hash, only a secret, so the comparison's timing tells nothing.
std::optional<Credential> LiveDataStore::findSession(const QByteArray &secretHash) const
{
    std::optional<Credential> found;
    auto statement = prepared(
        *m_db, u"SELECT %1 FROM live_sessions WHERE secret_hash = ?"_s.arg(kSessionColumns),
        secretHash);
    if (statement)
        eachRow(*m_db, statement.value(),
                [&](const Statement &row) { found = sessionCredential(row); });
    return found;
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

std::optional<QDateTime> LiveDataStore::tokenLastUsed(const QByteArray &secretHash) const
{
    std::optional<QDateTime> found;
    auto statement = prepared(
        *m_db, u"SELECT last_used FROM live_token_uses WHERE secret_hash = ?"_s, secretHash);
    if (statement)
        eachRow(*m_db, statement.value(), [&](const Statement &row) { found = dateAt(row, 0); });
    return found;
}

Result<> LiveDataStore::appendEmail(const OutboxEmail &email)
{
    return change(u"INSERT INTO live_outbox (sent, workflow, recipient, subject, body) "
                  "VALUES (?, ?, ?, ?, ?)"_s,
                  dateValue(email.sent), email.workflow, email.to, email.subject, email.body);
}

QList<OutboxEmail> LiveDataStore::outbox() const
{
    QList<OutboxEmail> emails;
    auto statement = m_db->prepare(
        u"SELECT sent, workflow, recipient, subject, body FROM live_outbox ORDER BY id"_s);
    if (statement)
        eachRow(*m_db, statement.value(), [&](const Statement &row) {
            emails.append(OutboxEmail{dateAt(row, 0).value_or(QDateTime()), row.columnText(1),
                                      row.columnText(2), row.columnText(3), row.columnText(4)});
        });
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
// until they change. This connection's own changes forget them at once;
// another program's are seen by data_version, asked each time or at most
// every `m_runsRecheckMs`.
QList<ScheduledRun> LiveDataStore::scheduledRuns() const
{
    if (m_remembered.runs && m_runsRecheckMs > 0 && m_remembered.runsChecked.isValid() &&
        m_remembered.runsChecked.elapsed() < m_runsRecheckMs)
        return *m_remembered.runs;
    checkRemembered();
    m_remembered.runsChecked.start();
    if (m_remembered.runs)
        return *m_remembered.runs;
    std::optional<QList<ScheduledRun>> runs = readScheduledRuns();
    if (!runs)
        return {};
    m_remembered.runs = runs;
    return *runs;
}

// Nothing when the read failed, so a failure is not remembered as no runs.
std::optional<QList<ScheduledRun>> LiveDataStore::readScheduledRuns() const
{
    QList<ScheduledRun> runs;
    auto statement =
        m_db->prepare(u"SELECT %1 FROM live_scheduled_runs ORDER BY seq"_s.arg(kRunColumns));
    if (!statement) {
        qCWarning(lcLive) << m_db->path() << statement.errorMessage();
        return std::nullopt;
    }
    const bool read = eachRow(*m_db, statement.value(), [&](const Statement &row) {
        ScheduledRun run;
        run.id = row.columnText(0);
        run.workflow = row.columnText(1);
        run.scheduledFor = dateAt(row, 2).value_or(QDateTime());
        run.parameters = QJsonDocument::fromJson(row.columnText(3).toUtf8()).object();
        run.userId = row.columnText(4);
        run.byAdmin = row.columnBool(5);
        run.status = row.columnText(6);
        readDefinition(row.columnText(7), run);
        readScopes(row.columnText(8), run);
        runs.append(run);
    });
    return read ? std::optional(runs) : std::nullopt;
}

} // namespace gatehouse
