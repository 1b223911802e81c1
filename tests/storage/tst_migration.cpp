#include "StorageTestSupport.h"

#include "model/DemoProject.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"
#include "storage/RequestHistoryFile.h"
#include "storage/TokenFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// What version 4 added, dropped again to make a version 3 file.
// What version 5 added: a scheduled run's definition and its scheduler's scopes.
const QString kVersionSixTables = u"DROP TABLE live_credential_ends; "_s;
// What version 10 added: the accepted audit findings.
// What version 12 added: the Request panel's history.
const QString kVersionTwelveTables = u"DROP TABLE request_history; "_s;
// What version 11 added: the indexes on scheduled runs.
const QString kVersionElevenIndexes = kVersionTwelveTables +
                                      u"DROP INDEX IF EXISTS live_scheduled_runs_by_seq; "
                                      "DROP INDEX IF EXISTS live_scheduled_runs_pending; "_s;
const QString kVersionTenTables = kVersionElevenIndexes + u"DROP TABLE accepted_findings; "_s;
// What version 9 added: the per-client transport limits among the settings.
const QString kVersionNineColumns =
    kVersionTenTables + u"ALTER TABLE project DROP COLUMN requests_per_minute_per_client; "
                        "ALTER TABLE project DROP COLUMN requests_per_minute_per_client_workflow; "
                        "ALTER TABLE project DROP COLUMN max_connections_per_client; "
                        "ALTER TABLE project DROP COLUMN header_timeout_ms; "
                        "ALTER TABLE project DROP COLUMN min_body_bytes_per_second; "_s;
// What version 8 changed: find and view where one read was.
const QString kVersionEightColumns =
    kVersionNineColumns +
    u"ALTER TABLE token_data_type_scopes DROP COLUMN can_view; "
    "ALTER TABLE token_data_type_scopes RENAME COLUMN can_find TO can_read; "_s;
// What version 7 added: the saved requests.
const QString kVersionSevenTables = kVersionEightColumns + u"DROP TABLE saved_requests; "_s;

const QString kVersionFiveColumns = u"ALTER TABLE live_scheduled_runs DROP COLUMN definition; "
                                    "ALTER TABLE live_scheduled_runs DROP COLUMN scopes; "_s;

const QString kVersionFourColumns =
    u"ALTER TABLE tokens DROP COLUMN purpose; ALTER TABLE tokens DROP COLUMN last_reviewed; "
    "ALTER TABLE tokens DROP COLUMN previous_secret_hash; "
    "ALTER TABLE tokens DROP COLUMN previous_secret_until; "
    "ALTER TABLE project DROP COLUMN token_review_interval_days; "_s;

// A file from before version 7 keeps no saved requests (nor, before 10,
// accepted findings).
Project withoutSavedRequests(Project project)
{
    project.savedRequests.clear();
    project.acceptedFindings.clear();
    return project;
}

// The version 1 fixture (scripts/make-v1-fixture.sh) opened by this build.
class tst_Migration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    // A fresh copy of the fixture, so no test changes the committed file.
    QString copyOfFixture()
    {
        const QString path = m_dir.filePath(u"v1-%1.gatehouse"_s.arg(++m_copies));
        QFile::copy(QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/v1-project.gatehouse"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static int count(const QString &path, const QString &sql)
    {
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        if (!db)
            return -1;
        auto statement = db.value()->prepare(sql);
        if (!statement || !statement.value().step().value())
            return -1;
        return statement.value().columnInt(0);
    }

private slots:
    void fixtureIsVersionOneWithoutSecrets()
    {
        const QString path = copyOfFixture();
        QCOMPARE(userVersionOf(path), 1);
        QCOMPARE(count(path, u"SELECT count(*) FROM records WHERE password_hash IS NOT NULL"_s), 0);
        QCOMPARE(count(path, u"SELECT count(*) FROM tokens WHERE secret_hash IS NOT NULL"_s), 0);
    }

    void authenticationCheckboxBecomesMode_data()
    {
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<AuthMode>("expected");
        for (auto access : {ProjectFile::Access::ReadOnly, ProjectFile::Access::ReadWrite}) {
            const char *mode = access == ProjectFile::Access::ReadOnly ? "read-only" : "read-write";
            // Checked "run without authentication" -> None required.
            QTest::addRow("%s, checked", mode)
                << int(access) << u"public_ping"_s << AuthMode::NoneRequired;
            QTest::addRow("%s, unchecked", mode)
                << int(access) << u"add_item"_s << AuthMode::UserAndAdmin;
        }
    }

    void authenticationCheckboxBecomesMode()
    {
        QFETCH(int, access);
        QFETCH(QString, workflow);
        QFETCH(AuthMode, expected);
        auto loaded = ProjectFile::load(copyOfFixture(), ProjectFile::Access(access));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Workflow *found = loaded->findWorkflow(workflow);
        QVERIFY(found);
        QCOMPARE(found->authentication, expected);
    }

    void everythingElseSurvives()
    {
        auto loaded = ProjectFile::load(copyOfFixture(), ProjectFile::Access::ReadOnly);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Project &p = loaded.value();
        QCOMPARE(p.name, u"Old shop"_s);
        QCOMPARE(p.settings.dataApiTypes, QStringList{u"Item"_s});
        QCOMPARE(p.dataTypes.size(), 2);
        QCOMPARE(p.dataTypes[1].fields.size(), 3);
        QCOMPARE(p.dataTypes[1].fields[2].type, FieldType::reference(u"User"_s));
        QCOMPARE(p.dataTypes[1].privacyRules[0].name, u"owner"_s);
        QVERIFY(p.dataTypes[1].privacyRules[0].permissions.deleteViaApi);
        QCOMPARE(p.workflows[1].parameters.size(), 2);
        QVERIFY(p.workflows[1].parameters[1].optional);
        QCOMPARE(p.workflows[1].condition, u"price > 0"_s);
        QCOMPARE(p.workflows[1].actions.size(), 2);
        QCOMPARE(p.workflows[1].actions[0].assignments.size(), 2);
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records[1].values.value(u"price"_s).toDouble(), 12.5);
        QCOMPARE(p.records[1].modifiedDate,
                 QDateTime(QDate(2023, 11, 15), QTime(9, 30, 0, 500), Qt::UTC));
    }

    void oldTokensGetUnrestrictedScopes()
    {
        auto loaded = ProjectFile::load(copyOfFixture(), ProjectFile::Access::ReadOnly);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->tokens.size(), 2);
        for (const Token &token : loaded->tokens) {
            QVERIFY(token.scopes.isUnrestricted());
            QVERIFY(token.scopes.workflows.isEmpty());
            QVERIFY(token.secretHash.isEmpty());
        }
        QCOMPARE(loaded->tokens[1].kind, TokenKind::User);
        QVERIFY(loaded->tokens[1].isRevoked());
    }

    void readOnlyLeavesTheFileUntouched()
    {
        const QString path = copyOfFixture();
        const QByteArray before = fileBytes(path);
        QVERIFY(ProjectFile::load(path, ProjectFile::Access::ReadOnly).ok());
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(userVersionOf(path), 1);
    }

    void readWriteRewritesTheFileToTheCurrentVersion()
    {
        const QString path = copyOfFixture();
        auto migrated = ProjectFile::load(path, ProjectFile::Access::ReadWrite);
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QCOMPARE(count(path, u"SELECT count(*) FROM pragma_table_info('workflows') "
                             "WHERE name = 'run_without_authentication'"_s),
                 0);
        auto again = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QVERIFY(again.value() == migrated.value());
        auto inMemory = ProjectFile::load(copyOfFixture(), ProjectFile::Access::ReadOnly);
        QVERIFY(inMemory.value() == migrated.value());
    }

    void savingOverAnOldFileMigratesIt()
    {
        const QString path = copyOfFixture();
        Project project = ProjectFile::load(path, ProjectFile::Access::ReadOnly).value();
        project.tokens[0].scopes.allWorkflows = false;
        project.tokens[0].scopes.workflows = {u"add_item"_s};
        auto saved = ProjectFile::save(project, path);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QVERIFY(ProjectFile::load(path).value() == project);
    }

    // Version 2 is version 3 without the live-data tables, so the test makes
    // one from a current file rather than keeping a second fixture.
    void versionTwoGainsEmptyLiveData()
    {
        const QString path = m_dir.filePath(u"v2.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(execSql(path, u"DROP TABLE live_meta; DROP TABLE live_records; "
                               "DROP TABLE live_sessions; DROP TABLE live_token_uses; "
                               "DROP TABLE live_outbox; DROP TABLE live_scheduled_runs; "
                               "DROP TABLE request_log; DROP TABLE live_credential_ends; "
                               "DROP TABLE saved_requests; "_s +
                                   kVersionEightColumns + kVersionFourColumns +
                                   u"PRAGMA user_version = 2"_s),
                 QString());
        const QByteArray before = fileBytes(path);
        QVERIFY(ProjectFile::load(path, ProjectFile::Access::ReadOnly));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(userVersionOf(path), 2);

        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == withoutSavedRequests(demoWithTokens()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QCOMPARE(count(path, u"SELECT count(*) FROM request_log"_s), 0);
        auto live = LiveDataStore::open(path);
        QVERIFY2(live, qPrintable(live.errorMessage()));
        QCOMPARE(live.value()->recordsOfType(u"Transaction"_s).value().size(), 5);
    }

    // Version 11 kept no Request panel history: the file gains the table,
    // empty, loses nothing else, and the history works on it after.
    void versionElevenGainsRequestHistory()
    {
        const QString path = m_dir.filePath(u"v11.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(execSql(path, kVersionTwelveTables + u"PRAGMA user_version = 11"_s), QString());
        QCOMPARE(
            count(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'request_history'"_s), 0);
        QVERIFY(!RequestHistoryFile(path).read());
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QCOMPARE(count(path, u"SELECT count(*) FROM request_history"_s), 0);
        QVERIFY(loaded.value() == demoWithTokens());
        RequestHistoryEntry entry;
        entry.method = "GET";
        entry.path = u"/api/1.1/obj/order"_s;
        QVERIFY(RequestHistoryFile(path).append(entry));
        QCOMPARE(RequestHistoryFile(path).read().value().size(), 1);
    }

    // Version 9 kept no accepted findings: the file gains their table,
    // empty, loses nothing else, and keeps what is saved in it after.
    // Version 10 found the due runs by reading every run: the file gains the
    // indexes, and the pending runs are read through the partial one.
    void versionTenGainsScheduledRunIndexes()
    {
        const QString path = m_dir.filePath(u"v10.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(execSql(path, kVersionElevenIndexes + u"PRAGMA user_version = 10"_s), QString());
        QCOMPARE(count(path, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                             "name LIKE 'live_scheduled_runs_%'"_s),
                 0);
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QCOMPARE(count(path, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                             "name LIKE 'live_scheduled_runs_%'"_s),
                 2);
        QVERIFY(loaded.value() == demoWithTokens());
    }

    void versionNineGainsAcceptedFindings()
    {
        const QString path = m_dir.filePath(u"v9.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(execSql(path, kVersionTenTables + u"PRAGMA user_version = 9"_s), QString());
        auto readOnly = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.errorMessage()));
        QVERIFY(readOnly->acceptedFindings.isEmpty());
        QCOMPARE(userVersionOf(path), 9);
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        Project expected = demoWithTokens();
        expected.acceptedFindings.clear();
        QVERIFY(loaded.value() == expected);
        QCOMPARE(count(path, u"SELECT count(*) FROM accepted_findings"_s), 0);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(ProjectFile::load(path)->acceptedFindings, demoWithTokens().acceptedFindings);
    }

    // Version 8 kept the per-client limits out of the project (they were
    // `serve` options): the file gains them at the defaults `serve` used,
    // and keeps what is saved in them after.
    void versionEightGainsClientLimits()
    {
        const QString path = m_dir.filePath(u"v8.gatehouse"_s);
        Project project = demoWithTokens();
        project.settings.limits.requestsPerMinutePerClient = 7;
        project.settings.limits.headerTimeoutMs = 77;
        QVERIFY(ProjectFile::save(project, path));
        QCOMPARE(execSql(path, kVersionNineColumns + u"PRAGMA user_version = 8"_s), QString());
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QCOMPARE(loaded->settings.limits, RequestLimits());
        QCOMPARE(loaded->tokens, project.tokens);
        project.settings.limits.maxConnectionsPerClient = 3;
        project.settings.limits.requestsPerMinutePerClientWorkflow = 4;
        project.settings.limits.minBodyBytesPerSecond = 0;
        QVERIFY(ProjectFile::save(project, path));
        QCOMPARE(ProjectFile::load(path)->settings.limits, project.settings.limits);
    }

    // Version 7 had one read for find and view: each old scope keeps doing
    // what it did, find and view both as its read was.
    void versionSevenReadBecomesFindAndView()
    {
        const QString path = m_dir.filePath(u"v7.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(execSql(path, kVersionEightColumns +
                                   u"UPDATE token_data_type_scopes SET can_read = 0 "
                                   "WHERE data_type = 'User'; PRAGMA user_version = 7"_s),
                 QString());
        const QByteArray before = fileBytes(path);
        auto readOnly = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.errorMessage()));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(userVersionOf(path), 7);

        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QCOMPARE(loaded->tokens, readOnly->tokens);
        const Token &admin = loaded->tokens.at(loaded->indexOfToken(u"ci pipeline"_s));
        QCOMPARE(admin.scopes.dataTypes,
                 (QList<DataTypeScope>{
                     {.dataType = u"Transaction"_s, .find = true, .view = true, .create = true},
                     {.dataType = u"User"_s}}));
        QCOMPARE(count(path, u"SELECT count(*) FROM token_data_type_scopes WHERE can_view"_s), 1);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(ProjectFile::load(path)->tokens, demoWithTokens().tokens);
    }

    // Version 6 kept no saved requests: the file gains their table, empty,
    // and keeps what is saved in it after.
    void versionSixGainsSavedRequests()
    {
        const QString path = m_dir.filePath(u"v6.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(execSql(path, kVersionSevenTables + u"PRAGMA user_version = 6"_s), QString());
        auto readOnly = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.errorMessage()));
        QVERIFY(readOnly->savedRequests.isEmpty());
        QCOMPARE(userVersionOf(path), 6);
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QVERIFY(loaded->savedRequests.isEmpty());
        QCOMPARE(loaded->tokens, demoWithTokens().tokens);
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(ProjectFile::load(path)->savedRequests, demoWithTokens().savedRequests);
    }

    // Version 5 ended a user's sessions on a password change, not the
    // project's user tokens: the file gains the table that records it.
    void versionFiveGainsCredentialEnds()
    {
        const QString path = m_dir.filePath(u"v5.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QVERIFY(LiveDataStore::open(path));
        QCOMPARE(
            execSql(path, kVersionSevenTables + kVersionSixTables + u"PRAGMA user_version = 5"_s),
            QString());
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        auto live = LiveDataStore::open(path);
        QVERIFY2(live, qPrintable(live.errorMessage()));
        QVERIFY(!live.value()->credentialsEndedAt(DemoProject::aliceId()).value());
        const QDateTime when(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(live.value()->endCredentials(DemoProject::aliceId(), when));
        QCOMPARE(live.value()->credentialsEndedAt(DemoProject::aliceId()).value(),
                 std::optional(when));
    }

    // Version 4 kept no definition and no scheduler's scopes with a scheduled
    // run: such a run comes through pending and without either, so it runs
    // the current workflow with no ceiling, as version 4 did.
    void versionFourRunsGainAnEmptyDefinition()
    {
        const QString path = m_dir.filePath(u"v4.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QVERIFY(LiveDataStore::open(path)); // seeds the live data, so the run below stays
        QCOMPARE(execSql(path, kVersionSevenTables + kVersionSixTables + kVersionFiveColumns +
                                   u"INSERT INTO live_scheduled_runs (id, seq, workflow, "
                                   "scheduled_for, parameters, user_id, by_admin, status) VALUES "
                                   "('r-old', 1, 'internal_recalc', NULL, '{}', '', 1, 'pending'); "
                                   "PRAGMA user_version = 4"_s),
                 QString());
        QVERIFY(ProjectFile::load(path, ProjectFile::Access::ReadOnly));
        QCOMPARE(userVersionOf(path), 4);

        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        auto live = LiveDataStore::open(path);
        QVERIFY2(live, qPrintable(live.errorMessage()));
        const QList<ScheduledRun> runs = live.value()->scheduledRuns().value();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].id, u"r-old"_s);
        QCOMPARE(runs[0].status, u"pending"_s);
        QVERIFY(!runs[0].definition);
        QVERIFY(runs[0].definitionProblem.isEmpty());
        QVERIFY(runs[0].scopes == TokenScopes{});
    }

    // Version 3 is version 4 without a token's purpose, review and rotation
    // grace, and without the project's review interval.
    void versionThreeTokensGainPurposeAndReview()
    {
        const QString path = m_dir.filePath(u"v3.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(execSql(path, kVersionSevenTables + kVersionSixTables + kVersionFiveColumns +
                                   kVersionFourColumns + u"PRAGMA user_version = 3"_s),
                 QString());
        const QByteArray before = fileBytes(path);
        auto readOnly = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.errorMessage()));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(userVersionOf(path), 3);

        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        QVERIFY(loaded.value() == withoutSavedRequests(demoWithTokens()));
        QCOMPARE(loaded.value().settings.tokenReviewIntervalDays, 30);
        for (const Token &token : loaded.value().tokens) {
            QVERIFY(token.purpose.isEmpty());
            QVERIFY(!token.lastReviewed.isValid());
            QVERIFY(token.previousSecretHash.isEmpty());
            QVERIFY(!token.previousSecretUntil.isValid());
        }
    }

    // The command line's token writes migrate an older file in their own
    // transaction, as a save does.
    void tokenWritesMigrateAVersionThreeFile()
    {
        const QString path = m_dir.filePath(u"v3-tokens.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        QCOMPARE(execSql(path, kVersionSevenTables + kVersionSixTables + kVersionFiveColumns +
                                   kVersionFourColumns + u"PRAGMA user_version = 3"_s),
                 QString());
        const Result<> changed =
            TokenFile(path).change([](const Project &context) -> Result<QList<Token>> {
                QList<Token> tokens = context.tokens;
                tokens[0].purpose = u"nightly export"_s;
                return tokens;
            });
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(userVersionOf(path), ProjectFile::schemaVersion());
        auto loaded = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value().tokens.at(0).purpose, u"nightly export"_s);
        QVERIFY(loaded.value().workflows == demoWithTokens().workflows);
    }
};

QTEST_GUILESS_MAIN(tst_Migration)
#include "tst_migration.moc"
