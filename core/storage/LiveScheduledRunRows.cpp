#include "LiveScheduledRunRows.h"

#include "LiveRows.h"
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

const QString kColumns = u"id, workflow, scheduled_for, parameters, user_id, by_admin, "
                         "status, definition, scopes"_s;

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

Result<ScheduledRun> runAt(const Statement &row)
{
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
    return run;
}

} // namespace

Result<> LiveScheduledRunRows::append(const ScheduledRun &run)
{
    return LiveRows::change(
        m_db,
        u"INSERT INTO live_scheduled_runs (seq, %1) VALUES ((SELECT COALESCE(MAX(seq), "
        "0) + 1 FROM live_scheduled_runs), ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns),
        run.id, run.workflow, LiveRows::dateValue(run.scheduledFor), jsonText(run.parameters),
        run.userId, run.byAdmin, run.status, definitionText(run), scopesText(run));
}

Result<> LiveScheduledRunRows::update(const ScheduledRun &run)
{
    return LiveRows::changeOne(
        m_db, u"no scheduled run `%1`"_s.arg(run.id),
        u"UPDATE live_scheduled_runs SET workflow = ?, scheduled_for = ?, parameters = ?, "
        "user_id = ?, by_admin = ?, status = ?, definition = ?, scopes = ? WHERE id = ?"_s,
        run.workflow, LiveRows::dateValue(run.scheduledFor), jsonText(run.parameters), run.userId,
        run.byAdmin, run.status, definitionText(run), scopesText(run), run.id);
}

Result<QList<ScheduledRun>> LiveScheduledRunRows::all() const
{
    return select(u"SELECT %1 FROM live_scheduled_runs ORDER BY seq"_s.arg(kColumns));
}

Result<QList<ScheduledRun>> LiveScheduledRunRows::pending() const
{
    return select(u"SELECT %1 FROM live_scheduled_runs WHERE status = 'pending' ORDER BY seq"_s.arg(
        kColumns));
}

Result<QList<ScheduledRun>> LiveScheduledRunRows::select(const QString &sql) const
{
    QList<ScheduledRun> runs;
    auto statement = LiveRows::prepared(m_db, sql);
    const Result<> read = LiveRows::eachRow(m_db, statement, [&](const Statement &row) {
        Result<ScheduledRun> run = runAt(row);
        if (!run)
            return Result<>(run.error());
        runs.append(std::move(run).value());
        return Result<>();
    });
    if (!read)
        return read.error();
    return runs;
}

} // namespace gatehouse
