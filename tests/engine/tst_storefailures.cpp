#include "EngineFixture.h"
#include "EngineSteps.h"

#include "model/DemoProject.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {

// What a broken disk or a locked file makes SQLite say, with the file's
// path: the trace may name it, a response body never.
const QString kPath = u"/home/reviewer/secret-project.gatehouse"_s;
const QString kWords = u"disk I/O error"_s;

// The fixture's live data, with one kind of read or write made to fail.
class FailingStore : public MemoryDataStore
{
public:
    enum class Fails
    {
        Nothing,
        ListOf,        // recordsOfType(`what`)
        GetOf,         // record(`what`)
        SessionLookup, // findSession
        Create,        // insert
        Commit,
        ScheduledRuns,     // reading them
        SettleScheduledRun // writing a run's status
    };

    explicit FailingStore(const MemoryDataStore &live) : MemoryDataStore(live) {}

    void fail(Fails kind, const QString &what = {})
    {
        m_fails = kind;
        m_what = what;
    }

    Result<QList<Record>> recordsOfType(const QString &type) const override
    {
        if (m_fails == Fails::ListOf && type == m_what)
            return readError();
        return MemoryDataStore::recordsOfType(type);
    }
    Result<std::optional<Record>> record(const QString &id) const override
    {
        if (m_fails == Fails::GetOf && id == m_what)
            return readError();
        return MemoryDataStore::record(id);
    }
    Result<std::optional<Credential>> findSession(const QByteArray &hash) const override
    {
        if (m_fails == Fails::SessionLookup)
            return readError();
        return MemoryDataStore::findSession(hash);
    }
    Result<> insert(const Record &record) override
    {
        if (m_fails == Fails::Create)
            return writeError();
        return MemoryDataStore::insert(record);
    }
    Result<> commit() override
    {
        if (m_fails == Fails::Commit)
            return writeError();
        return MemoryDataStore::commit();
    }
    Result<QList<ScheduledRun>> dueScheduledRuns(const QDateTime &now) const override
    {
        if (m_fails == Fails::ScheduledRuns)
            return readError();
        return MemoryDataStore::dueScheduledRuns(now);
    }
    Result<> updateScheduledRun(const ScheduledRun &run) override
    {
        if (m_fails == Fails::SettleScheduledRun)
            return writeError();
        return MemoryDataStore::updateScheduledRun(run);
    }

private:
    static Error readError()
    {
        return Error{u"%1: cannot read the live data (%2)"_s.arg(kPath, kWords),
                     ErrorCode::StoreRead};
    }
    static Error writeError()
    {
        return Error{u"%1: cannot write the live data (%2)"_s.arg(kPath, kWords),
                     ErrorCode::StoreWrite};
    }

    Fails m_fails = Fails::Nothing;
    QString m_what;
};

// Everything a request can keep.
struct Kept
{
    QList<Record> records;
    QList<Session> sessions;
    QList<OutboxEmail> outbox;
    QList<ScheduledRun> runs;

    static Kept of(const MemoryDataStore &store)
    {
        return {store.all(), store.sessions(), store.MemoryDataStore::outbox().value(),
                store.MemoryDataStore::scheduledRuns().value()};
    }
    bool operator==(const Kept &other) const
    {
        return records == other.records && outbox == other.outbox && runs == other.runs &&
               sessionsEqual(other);
    }
    bool sessionsEqual(const Kept &other) const
    {
        if (sessions.size() != other.sessions.size())
            return false;
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const Credential &a = sessions.at(i).credential;
            const Credential &b = other.sessions.at(i).credential;
            if (a.lastUsed != b.lastUsed || a.revoked != b.revoked || a.userId != b.userId)
                return false;
        }
        return true;
    }
};

} // namespace

Q_DECLARE_METATYPE(FailingStore::Fails)

// A read or write of the live data that fails refuses the request, 503,
// with a trace step that names the failure, and keeps nothing it did:
// never a failed read taken for "no records".
class tst_StoreFailures : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m.build());
        auto failing = std::make_unique<FailingStore>(*m.store);
        store = failing.get();
        m.store = std::move(failing);
        // Fails closed only where a failed read would otherwise pass:
        // creates a transaction when no Transaction can be found.
        steps::add(m.project, u"create_when_none"_s, AuthMode::NoneRequired,
                   {steps::onTransaction(ActionKind::CreateThing, {}, {{u"amount"_s, u"7"_s}})})
            .condition = u"Search for Transactions:count is 0"_s;
        // A privacy rule whose condition searches: when its search fails,
        // the rule reads as not holding, yet the request must still fail.
        DataType &tx = m.project.dataTypes[m.project.indexOfDataType(u"Transaction"_s)];
        PrivacyRule crowded{u"crowded"_s, u"Search for Users:count > 100"_s, {}};
        crowded.permissions.findInSearches = true;
        tx.privacyRules.append(crowded);
    }

    void refusesTheRequest_data()
    {
        QTest::addColumn<FailingStore::Fails>("fails");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        using F = FailingStore::Fails;
        QString some;
        for (const Record &record : DemoProject::build().value().records) {
            if (record.type == u"Transaction"_s && some.isEmpty())
                some = record.id;
        }
        QTest::newRow("list, Data API")
            << F::ListOf << u"Transaction"_s << u"admin"_s << QByteArray("GET")
            << u"/api/1.1/obj/transaction"_s << QByteArray();
        QTest::newRow("get, Data API")
            << F::GetOf << some << u"admin"_s << QByteArray("GET")
            << u"/api/1.1/obj/transaction/%1"_s.arg(some) << QByteArray();
        QTest::newRow("session lookup")
            << F::SessionLookup << QString() << u"alice"_s << QByteArray("POST")
            << u"/api/1.1/wf/public_ping"_s << QByteArray();
        QTest::newRow("the user a session acts as")
            << F::GetOf << DemoProject::aliceId() << u"alice"_s << QByteArray("POST")
            << u"/api/1.1/wf/public_ping"_s << QByteArray();
        QTest::newRow("a workflow's search in its condition")
            << F::ListOf << u"Transaction"_s << u"anonymous"_s << QByteArray("POST")
            << u"/api/1.1/wf/create_when_none"_s << QByteArray();
        QTest::newRow("a search in a privacy rule's condition")
            << F::ListOf << u"User"_s << u"alice"_s << QByteArray("POST")
            << u"/api/1.1/wf/tag_my_transactions"_s << QByteArray();
        QTest::newRow("create") << F::Create << QString() << u"alice"_s << QByteArray("POST")
                                << u"/api/1.1/wf/create_transaction"_s
                                << QByteArray(R"({"account":"A-1","phone":"1","amount":5})");
        QTest::newRow("create, Data API")
            << F::Create << QString() << u"admin"_s << QByteArray("POST")
            << u"/api/1.1/obj/transaction"_s << QByteArray(R"({"amount":5})");
        QTest::newRow("commit") << F::Commit << QString() << u"alice"_s << QByteArray("POST")
                                << u"/api/1.1/wf/tag_my_transactions"_s << QByteArray();
        QTest::newRow("commit, Data API")
            << F::Commit << QString() << u"admin"_s << QByteArray("POST")
            << u"/api/1.1/obj/transaction"_s << QByteArray(R"({"amount":5})");
        QTest::newRow("scheduled runs")
            << F::ScheduledRuns << QString() << u"alice"_s << QByteArray("POST")
            << u"/api/1.1/wf/tag_my_transactions"_s << QByteArray();
    }

    void refusesTheRequest()
    {
        QFETCH(FailingStore::Fails, fails);
        QFETCH(QString, what);
        QFETCH(QString, caller);
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        const Kept before = Kept::of(*store);
        store->fail(fails, what);
        const EngineResponse response = m.call(caller, method, target, body);
        expectRefused(response);
        QVERIFY(Kept::of(*store) == before);
    }

    // A due run whose settling cannot be written stays pending, its steps
    // undone, and the request it came before does not run.
    void aScheduledRunThatCannotBeSettled()
    {
        QVERIFY(scheduleRecalcNow());
        const Kept before = Kept::of(*store);
        store->fail(FailingStore::Fails::SettleScheduledRun);
        const EngineResponse response =
            m.call(u"anonymous"_s, "POST", u"/api/1.1/wf/create_when_none"_s);
        expectRefused(response);
        QVERIFY(Kept::of(*store) == before);
        QCOMPARE(before.runs.first().status, u"pending"_s);
    }

    // Without a request, as the server's tick runs them: a run that cannot
    // be settled is not counted as settled, and stays pending.
    void aTickThatCannotSettleARun()
    {
        QVERIFY(scheduleRecalcNow());
        const Kept before = Kept::of(*store);
        store->fail(FailingStore::Fails::SettleScheduledRun);
        Engine engine(std::make_shared<const Project>(m.project), *m.store, m.clock);
        QCOMPARE(engine.runDueScheduledWorkflows(), 0);
        QVERIFY(Kept::of(*store) == before);
    }

    // Once the store reads again, so does the engine.
    void recovers()
    {
        store->fail(FailingStore::Fails::ListOf, u"Transaction"_s);
        expectRefused(m.call(u"admin"_s, "GET", u"/api/1.1/obj/transaction"_s));
        store->fail(FailingStore::Fails::Nothing);
        QCOMPARE(m.call(u"admin"_s, "GET", u"/api/1.1/obj/transaction"_s).status, 200);
    }

private:
    // internal_recalc as alice, due now.
    bool scheduleRecalcNow()
    {
        ScheduledRun run;
        run.id = u"run-1"_s;
        run.workflow = u"internal_recalc"_s;
        run.scheduledFor = m.clock.now();
        run.userId = DemoProject::aliceId();
        run.status = u"pending"_s;
        return m.store->appendScheduledRun(run).ok();
    }

    static void expectRefused(const EngineResponse &response)
    {
        QCOMPARE(response.status, 503);
        const QList<TraceStep> &steps = response.trace.steps();
        QVERIFY(!steps.isEmpty());
        const TraceStep &last = steps.last();
        QCOMPARE(last.verdict, TraceStep::Verdict::Failed);
        QCOMPARE(last.subject, u"the live data"_s);
        QVERIFY2(last.reason.contains(kWords), qPrintable(last.reason));
        const QString body = QString::fromUtf8(response.body);
        QVERIFY2(!body.contains(kPath) && !body.contains(kWords) && !body.contains(u"SQLite"_s),
                 response.body.constData());
    }

    EngineFixture m;
    FailingStore *store = nullptr;
};

QTEST_GUILESS_MAIN(tst_StoreFailures)
#include "tst_storefailures.moc"
