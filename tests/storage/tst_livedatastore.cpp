#include "StorageTestSupport.h"

#include "storage/Database.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// The engine's live data in the project file: seeded from the test data,
// one transaction a request, and never undone by a save of the document.
class tst_LiveDataStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<LiveDataStore> openStore()
    {
        auto store = LiveDataStore::open(m_path);
        if (!store)
            qWarning() << store.errorMessage();
        return store ? std::move(store.value()) : nullptr;
    }

    static Record transaction(const QString &id, double amount)
    {
        Record r;
        r.id = id;
        r.type = u"Transaction"_s;
        r.createdDate = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 5), Qt::UTC);
        r.modifiedDate = r.createdDate;
        r.createdBy = DemoProject::aliceId();
        r.values = {{u"amount"_s, amount}, {u"account"_s, u"ACC-9"_s}};
        return r;
    }

    static inline const QDateTime kRunTime{QDate(2026, 3, 2), QTime(8, 30), Qt::UTC};

    static ScheduledRun pendingRun(const QString &id, const QDateTime &when)
    {
        ScheduledRun run;
        run.id = id;
        run.workflow = u"internal_recalc"_s;
        run.scheduledFor = when;
        run.userId = DemoProject::aliceId();
        run.status = u"pending"_s;
        return run;
    }

    static Session session(const QByteArray &hash, const QString &userId)
    {
        Session s;
        s.secretHash = hash;
        s.credential.source = Credential::Source::Session;
        s.credential.name = u"session"_s;
        s.credential.kind = TokenKind::User;
        s.credential.userId = userId;
        s.credential.prefix = u"gh_usr_abcd"_s;
        s.credential.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        s.credential.expires = s.credential.created.addDays(1);
        return s;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            u"live-%1.gatehouse"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(ProjectFile::save(demoWithTokens(), m_path), "saving the demo");
    }

    void startsAsACopyOfTheTestData()
    {
        auto store = openStore();
        QVERIFY(store);
        const Project demo = demoWithTokens();
        QList<Record> transactions;
        for (const Record &r : demo.records) {
            if (r.type == u"Transaction"_s)
                transactions.append(r);
        }
        QCOMPARE(store->recordsOfType(u"Transaction"_s).value(), transactions);
        QCOMPARE(store->record(DemoProject::aliceId()).value()->values.value(u"email"_s).toString(),
                 u"alice@example.com"_s);
        QVERIFY(!store->record(DemoProject::aliceId()).value()->passwordHash.isEmpty());
        QVERIFY(!store->record(u"no-such-id"_s).value());
    }

    void committedWritesSurviveReopeningAndSaving()
    {
        {
            auto store = openStore();
            QVERIFY(store->begin());
            QVERIFY(store->insert(transaction(u"t-new"_s, 42)));
            Record alice = *store->record(DemoProject::aliceId()).value();
            alice.values.insert(u"name"_s, u"Alice Changed"_s);
            QVERIFY(store->update(alice));
            QVERIFY(store->commit());
        }
        // The editor saves the document over the same file meanwhile.
        QVERIFY(ProjectFile::save(demoWithTokens(), m_path));
        auto store = openStore();
        QCOMPARE(store->record(u"t-new"_s).value(),
                 std::optional<Record>(transaction(u"t-new"_s, 42)));
        QCOMPARE(store->recordsOfType(u"Transaction"_s).value().last().id, u"t-new"_s);
        QCOMPARE(store->record(DemoProject::aliceId()).value()->values.value(u"name"_s).toString(),
                 u"Alice Changed"_s);
        // The document's test data is not what requests changed.
        QCOMPARE(ProjectFile::load(m_path)->records, demoWithTokens().records);
    }

    void rollbackLeavesNothing()
    {
        auto store = openStore();
        const QList<Record> before = store->recordsOfType(u"Transaction"_s).value();
        QVERIFY(store->begin());
        QVERIFY(store->insert(transaction(u"t-gone"_s, 1)));
        QVERIFY(store->remove(before.first().id));
        QVERIFY(store->appendEmail(
            OutboxEmail{QDateTime::currentDateTimeUtc(), u"w"_s, u"a@b.c"_s, u"s"_s, u"b"_s}));
        QVERIFY(store->record(u"t-gone"_s).value());
        store->rollback();
        QCOMPARE(store->recordsOfType(u"Transaction"_s).value(), before);
        QVERIFY(store->outbox().value().isEmpty());
        // And a transaction can begin again after it.
        QVERIFY(store->begin());
        QVERIFY(store->commit());
    }

    void refusesWhatDoesNotFit()
    {
        auto store = openStore();
        QVERIFY(store->begin());
        QCOMPARE(store->begin().errorMessage(),
                 m_path + u": cannot begin a request (a transaction is already open)"_s);
        QCOMPARE(store->insert(*store->record(DemoProject::bobId()).value()).errorMessage(),
                 u"a record with id `%1` exists already"_s.arg(DemoProject::bobId()));
        QCOMPARE(store->update(transaction(u"ghost"_s, 1)).errorMessage(),
                 u"no record with id `ghost`"_s);
        QCOMPARE(store->remove(u"ghost"_s).errorMessage(), u"no record with id `ghost`"_s);
        QCOMPARE(store->touchSession("0000", QDateTime::currentDateTimeUtc()).errorMessage(),
                 u"no such session"_s);
        ScheduledRun unknown;
        unknown.id = u"r-ghost"_s;
        QCOMPARE(store->updateScheduledRun(unknown).errorMessage(),
                 u"no scheduled run `r-ghost`"_s);
        store->rollback();
        QCOMPARE(store->commit().errorMessage(),
                 m_path + u": cannot commit (no transaction is open)"_s);
    }

    void sessionsAreFoundByHashAndRevoked()
    {
        auto store = openStore();
        QVERIFY(store->begin());
        QVERIFY(store->insertSession(session("hash-a1", DemoProject::aliceId())));
        QVERIFY(store->insertSession(session("hash-a2", DemoProject::aliceId())));
        QVERIFY(store->insertSession(session("hash-b1", DemoProject::bobId())));
        QVERIFY(store->commit());

        const auto found = store->findSession("hash-a1").value();
        QVERIFY(found);
        QCOMPARE(found->userId, DemoProject::aliceId());
        QCOMPARE(found->source, Credential::Source::Session);
        QCOMPARE(found->prefix, u"gh_usr_abcd"_s);
        QCOMPARE(found->expires, session("x", {}).credential.expires);
        QVERIFY(!found->lastUsed.isValid());
        QVERIFY(!found->revoked.isValid());
        QVERIFY(!store->findSession("hash-zz").value());

        const QDateTime used(QDate(2026, 3, 1), QTime(10, 0, 0, 250), Qt::UTC);
        QVERIFY(store->begin());
        QVERIFY(store->touchSession("hash-a1", used));
        QVERIFY(store->revokeSessions(DemoProject::aliceId(), "hash-a2", used));
        QVERIFY(store->commit());
        QCOMPARE(store->findSession("hash-a1").value()->lastUsed, used);
        QVERIFY(!store->findSession("hash-a1").value()->revoked.isValid());
        QCOMPARE(store->findSession("hash-a2").value()->revoked, used);

        QVERIFY(store->begin());
        QVERIFY(store->revokeSessions(DemoProject::aliceId(), {}, used.addSecs(60)));
        QVERIFY(store->commit());
        QCOMPARE(store->findSession("hash-a1").value()->revoked, used.addSecs(60));
        QCOMPARE(store->findSession("hash-a2").value()->revoked,
                 used); // the first revocation stands
        QVERIFY(!store->findSession("hash-b1").value()->revoked.isValid());
    }

    void outboxAndScheduledRunsKeepTheirOrder()
    {
        auto store = openStore();
        const QDateTime when(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC);
        ScheduledRun run;
        run.id = u"r-1"_s;
        run.workflow = u"internal_recalc"_s;
        run.scheduledFor = when.addSecs(60);
        run.parameters = {{u"n"_s, 3}};
        run.userId = DemoProject::aliceId();
        run.status = u"pending"_s;
        run.definition = *DemoProject::build().value().findWorkflow(u"internal_recalc"_s);
        // The scheduler's scopes stay a ceiling on the run once it is stored.
        run.scopes.allWorkflows = false;
        run.scopes.workflows = {u"internal_recalc"_s};
        run.scopes.allDataTypes = false;
        run.scopes.dataTypes = {
            DataTypeScope{.dataType = u"Transaction"_s, .find = true, .modify = true}};
        run.scopes.privateFiles = false;
        ScheduledRun second = run;
        second.id = u"r-2"_s;
        second.definition.reset();
        second.scopes = {};
        second.userId.clear();
        second.byAdmin = true;
        QVERIFY(store->begin());
        QVERIFY(store->appendEmail(OutboxEmail{when, u"w1"_s, u"a@x.io"_s, u"Hi"_s, u"one"_s}));
        QVERIFY(store->appendEmail(OutboxEmail{when, u"w2"_s, u"b@x.io"_s, u"Yo"_s, u"two"_s}));
        QVERIFY(store->appendScheduledRun(run));
        QVERIFY(store->appendScheduledRun(second));
        QVERIFY(store->commit());
        QCOMPARE(store->outbox().value(),
                 (QList<OutboxEmail>{{when, u"w1"_s, u"a@x.io"_s, u"Hi"_s, u"one"_s},
                                     {when, u"w2"_s, u"b@x.io"_s, u"Yo"_s, u"two"_s}}));
        QCOMPARE(store->scheduledRuns().value(), (QList<ScheduledRun>{run, second}));
        run.status = u"done"_s;
        QVERIFY(store->begin());
        QVERIFY(store->updateScheduledRun(run));
        QVERIFY(store->commit());
        QCOMPARE(store->scheduledRuns().value(), (QList<ScheduledRun>{run, second}));
        QCOMPARE(openStore()->scheduledRuns().value(), (QList<ScheduledRun>{run, second}));
    }

    // A stored definition that cannot be read is reported, not dropped: the
    // engine fails the run rather than run today's workflow instead.
    void unreadableDefinitionIsReported()
    {
        {
            auto store = openStore();
            ScheduledRun run;
            run.id = u"r-1"_s;
            run.workflow = u"internal_recalc"_s;
            run.status = u"pending"_s;
            run.definition = *DemoProject::build().value().findWorkflow(u"internal_recalc"_s);
            QVERIFY(store->begin());
            QVERIFY(store->appendScheduledRun(run));
            QVERIFY(store->commit());
        }
        QCOMPARE(execSql(m_path, u"UPDATE live_scheduled_runs SET definition = '{\"name\": 3}'"_s),
                 QString());
        const QList<ScheduledRun> runs = openStore()->scheduledRuns().value();
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs[0].definition);
        QVERIFY(!runs[0].definitionProblem.isEmpty());
    }

    // The store counts positions and remembers the scheduled runs between
    // requests; another connection's commit or a rollback must make it read
    // them again, or records would share a position and runs go stale.
    void insertsAfterAnotherConnectionsKeepCreationOrder()
    {
        auto store = openStore();
        auto other = openStore();
        for (const auto &[writer, id] :
             {std::pair{store.get(), u"t-a"_s}, std::pair{other.get(), u"t-b"_s},
              std::pair{store.get(), u"t-c"_s}, std::pair{other.get(), u"t-d"_s}}) {
            QVERIFY(writer->begin());
            QVERIFY(writer->insert(transaction(id, 1)));
            QVERIFY(writer->commit());
        }
        QStringList ids;
        for (const Record &r : openStore()->recordsOfType(u"Transaction"_s).value())
            ids.append(r.id);
        QCOMPARE(ids.mid(5), (QStringList{u"t-a"_s, u"t-b"_s, u"t-c"_s, u"t-d"_s}));
    }

    void insertsAfterARollbackKeepCreationOrder()
    {
        auto store = openStore();
        QVERIFY(store->begin());
        QVERIFY(store->insert(transaction(u"t-gone"_s, 1)));
        store->rollback();
        for (const QString &id : {u"t-a"_s, u"t-b"_s}) {
            QVERIFY(store->begin());
            QVERIFY(store->insert(transaction(id, 1)));
            QVERIFY(store->commit());
        }
        const QList<Record> all = store->recordsOfType(u"Transaction"_s).value();
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.at(5).id, u"t-a"_s);
        QCOMPARE(all.at(6).id, u"t-b"_s);
    }

    void dueRunsFollowOtherConnectionsAndRollbacks()
    {
        auto store = openStore();
        auto other = openStore();
        ScheduledRun run = pendingRun(u"r-1"_s, kRunTime);
        const QDateTime now = kRunTime.addSecs(1);
        QVERIFY(store->dueScheduledRuns(now).value().isEmpty()); // read, and remembered
        QVERIFY(other->begin());
        QVERIFY(other->appendScheduledRun(run));
        QVERIFY(other->commit());
        QCOMPARE(store->dueScheduledRuns(now).value(), QList<ScheduledRun>{run});

        ScheduledRun done = run;
        done.status = u"done"_s;
        QVERIFY(store->begin());
        QVERIFY(store->updateScheduledRun(done));
        QVERIFY(store->dueScheduledRuns(now).value().isEmpty()); // its own transaction
        store->rollback();
        QCOMPARE(store->dueScheduledRuns(now).value(), QList<ScheduledRun>{run});
        QCOMPARE(other->dueScheduledRuns(now).value(), QList<ScheduledRun>{run});

        QVERIFY(store->begin());
        QVERIFY(store->updateScheduledRun(done));
        QVERIFY(store->commit());
        QVERIFY(other->dueScheduledRuns(now).value().isEmpty());
        QCOMPARE(other->scheduledRuns().value(), QList<ScheduledRun>{done});
        QVERIFY(store->resetToTestData());
        QVERIFY(store->scheduledRuns().value().isEmpty());
        QVERIFY(other->dueScheduledRuns(now).value().isEmpty());
    }

    // Only pending runs whose time has come, in the order they were made;
    // finished runs are never read for it.
    void dueRunsArePendingOnesWhoseTimeHasCome()
    {
        auto store = openStore();
        const ScheduledRun late = pendingRun(u"r-late"_s, kRunTime.addSecs(3600));
        const ScheduledRun second = pendingRun(u"r-second"_s, kRunTime);
        ScheduledRun done = pendingRun(u"r-done"_s, kRunTime.addSecs(-60));
        done.status = u"done"_s;
        ScheduledRun failed = pendingRun(u"r-failed"_s, kRunTime.addSecs(-60));
        failed.status = u"failed: no workflow is named `x` any more"_s;
        const ScheduledRun first = pendingRun(u"r-first"_s, kRunTime.addSecs(-30));
        QVERIFY(store->begin());
        for (const ScheduledRun &run : {late, second, done, failed, first})
            QVERIFY(store->appendScheduledRun(run));
        QVERIFY(store->commit());
        QCOMPARE(store->dueScheduledRuns(kRunTime).value(), (QList<ScheduledRun>{second, first}));
        QCOMPARE(store->dueScheduledRuns(kRunTime.addSecs(-31)).value(), QList<ScheduledRun>{});
        QCOMPARE(openStore()->dueScheduledRuns(kRunTime.addSecs(7200)).value(),
                 (QList<ScheduledRun>{late, second, first}));
        QCOMPARE(store->scheduledRuns().value().size(), 5);
    }

    void tokenUsesShowWhenTheProjectLoads()
    {
        const Token admin = demoWithTokens().tokens.first();
        QVERIFY(!admin.lastUsed.isValid());
        const QDateTime used(QDate(2026, 3, 3), QTime(7, 0, 0, 1), Qt::UTC);
        auto store = openStore();
        QVERIFY(!store->tokenLastUsed(admin.secretHash).value());
        QVERIFY(store->begin());
        QVERIFY(store->touchToken(admin.secretHash, used));
        QVERIFY(store->commit());
        QCOMPARE(store->tokenLastUsed(admin.secretHash).value(), std::optional<QDateTime>(used));
        // A save of the document (with its older view of the token) does not undo it.
        QVERIFY(ProjectFile::save(demoWithTokens(), m_path));
        QCOMPARE(ProjectFile::load(m_path)->tokens.first().lastUsed, used);
    }

    void resetPutsTheTestDataBack()
    {
        auto store = openStore();
        QVERIFY(store->begin());
        QVERIFY(store->insert(transaction(u"t-new"_s, 7)));
        QVERIFY(store->insertSession(session("hash-a1", DemoProject::aliceId())));
        QVERIFY(store->commit());
        QVERIFY(store->resetToTestData());
        QVERIFY(!store->record(u"t-new"_s).value());
        QVERIFY(!store->findSession("hash-a1").value());
        QCOMPARE(store->recordsOfType(u"Transaction"_s).value().size(), 5);
    }

    // The token manager's list of a user's sessions: those not revoked,
    // oldest first, with their dates; revoking one or all of them.
    void sessionsOfAUserAreListedAndRevoked()
    {
        auto store = openStore();
        Session later = session("hash-a2", DemoProject::aliceId());
        later.credential.created = later.credential.created.addSecs(3600);
        QVERIFY(store->begin());
        QVERIFY(store->insertSession(later));
        QVERIFY(store->insertSession(session("hash-a1", DemoProject::aliceId())));
        QVERIFY(store->insertSession(session("hash-b1", DemoProject::bobId())));
        QVERIFY(store->commit());
        const QDateTime used(QDate(2026, 3, 1), QTime(11, 0), Qt::UTC);
        QVERIFY(store->begin());
        QVERIFY(store->touchSession("hash-a1", used));
        QVERIFY(store->commit());

        const QList<Session> alices = store->sessionsOf(DemoProject::aliceId()).value();
        QCOMPARE(alices.size(), 2);
        QCOMPARE(alices.at(0).secretHash, QByteArray("hash-a1"));
        QCOMPARE(alices.at(0).credential.created, session("x", {}).credential.created);
        QCOMPARE(alices.at(0).credential.expires, session("x", {}).credential.expires);
        QCOMPARE(alices.at(0).credential.lastUsed, used);
        QCOMPARE(alices.at(1).secretHash, QByteArray("hash-a2"));
        QVERIFY(!alices.at(1).credential.lastUsed.isValid());

        QVERIFY(store->begin());
        QVERIFY(store->revokeSession("hash-a2", used));
        QVERIFY(store->commit());
        QCOMPARE(store->sessionsOf(DemoProject::aliceId()).value().size(), 1);
        QCOMPARE(store->findSession("hash-a2").value()->revoked, used);

        QVERIFY(store->begin());
        QVERIFY(store->revokeSessionsOf(DemoProject::aliceId(), used));
        QVERIFY(store->commit());
        QVERIFY(store->sessionsOf(DemoProject::aliceId()).value().isEmpty());
        QCOMPARE(store->sessionsOf(DemoProject::bobId()).value().size(), 1);
        QVERIFY(store->sessionsOf(u"nobody"_s).value().isEmpty());
    }

    // A row the store cannot decode fails the read that meets it, as a
    // store read failure: left out, a record would read as not existing.
    void aRowThatCannotBeDecodedFailsTheRead()
    {
        auto store = openStore();
        QVERIFY(store->begin());
        QVERIFY(store->insertSession(session("hash-a1", DemoProject::aliceId())));
        QVERIFY(store->commit());
        {
            auto db = Database::open(m_path, Database::OpenMode::ReadWrite);
            QVERIFY(db);
            QVERIFY(db.value()->exec(u"UPDATE live_records SET field_values = 'not json' "
                                     "WHERE id = '%1'; UPDATE live_sessions SET expires = "
                                     "'someday'"_s.arg(DemoProject::aliceId())));
        }
        const auto all = store->recordsOfType(u"User"_s);
        QVERIFY(!all);
        QCOMPARE(all.error().code, ErrorCode::StoreRead);
        QVERIFY2(all.errorMessage().contains(DemoProject::aliceId()),
                 qPrintable(all.errorMessage()));
        QVERIFY(store->record(DemoProject::aliceId()).isStoreFailure());
        QVERIFY(store->userExists(DemoProject::aliceId()).isStoreFailure());
        QVERIFY(store->record(DemoProject::bobId()).value()); // the others still read
        QVERIFY(store->findSession("hash-a1").isStoreFailure());
        QVERIFY(store->sessionsOf(DemoProject::aliceId()).isStoreFailure());
    }

    // A read the database refuses is an error, never an empty answer.
    void aReadTheDatabaseRefusesIsAnError()
    {
        auto store = openStore();
        {
            auto db = Database::open(m_path, Database::OpenMode::ReadWrite);
            QVERIFY(db);
            QVERIFY(db.value()->exec(u"DROP TABLE live_outbox; DROP TABLE live_token_uses; "
                                     "DROP TABLE live_scheduled_runs"_s));
        }
        QVERIFY(store->outbox().isStoreFailure());
        QVERIFY(store->tokenLastUsed("hash").isStoreFailure());
        QVERIFY(store->scheduledRuns().isStoreFailure());
        QVERIFY(store->dueScheduledRuns(QDateTime::currentDateTimeUtc()).isStoreFailure());
        QVERIFY2(!store->outbox().errorMessage().isEmpty(), "the error says why");
    }

    void refusesWhatIsNotAProject()
    {
        const QString missing = m_dir.filePath(u"missing.gatehouse"_s);
        auto store = LiveDataStore::open(missing);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().startsWith(missing + u": cannot open the live data"_s),
                 qPrintable(store.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(tst_LiveDataStore)
#include "tst_livedatastore.moc"
