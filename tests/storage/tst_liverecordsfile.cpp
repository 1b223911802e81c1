#include "StorageTestSupport.h"

#include "storage/LiveDataStore.h"
#include "storage/LiveRecordsFile.h"
#include "storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// The live records of a project file read beside a running server's live
// data, and reset to the saved test data from a connection of their own:
// the server's store follows from its next request.
class tst_LiveRecordsFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static Record transaction(const QString &id)
    {
        Record r;
        r.id = id;
        r.type = u"Transaction"_s;
        r.createdDate = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        r.modifiedDate = r.createdDate;
        r.createdBy = DemoProject::bobId();
        r.values = {{u"amount"_s, 7}, {u"account"_s, u"ACC-LIVE"_s}};
        return r;
    }

    static Session session(const QString &userId)
    {
        Session s;
        s.secretHash = "hash-of-a-session";
        s.credential.source = Credential::Source::Session;
        s.credential.name = u"session"_s;
        s.credential.kind = TokenKind::User;
        s.credential.userId = userId;
        s.credential.prefix = u"gh_usr_abcd"_s;
        s.credential.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        s.credential.expires = s.credential.created.addDays(1);
        return s;
    }

    static bool write(LiveDataStore &store, const Record &record)
    {
        return store.begin() && store.insert(record) && store.commit();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            u"records-%1.gatehouse"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(ProjectFile::save(demoWithTokens(), m_path), "saving the demo");
    }

    void beforeAServerStartsItReadsTheSavedTestData()
    {
        const Result<LiveRecords> live = LiveRecordsFile(m_path).read();
        QVERIFY2(live, qPrintable(live.errorMessage()));
        QVERIFY(!live->started);
        QCOMPARE(live->records, demoWithTokens().records);
    }

    void readsWhatTheServerWrote()
    {
        auto store = LiveDataStore::open(m_path);
        QVERIFY(store);
        QVERIFY(write(*store.value(), transaction(u"live-1"_s)));
        const Result<LiveRecords> live = LiveRecordsFile(m_path).read();
        QVERIFY2(live, qPrintable(live.errorMessage()));
        QVERIFY(live->started);
        QCOMPARE(live->records.size(), demoWithTokens().records.size() + 1);
        QCOMPARE(live->records.last().id, u"live-1"_s);
        // The saved test data is untouched.
        QCOMPARE(ProjectFile::load(m_path)->records, demoWithTokens().records);
    }

    void resetBesideAnOpenStoreAndTheStoreFollows()
    {
        auto opened = LiveDataStore::open(m_path);
        QVERIFY(opened);
        LiveDataStore &store = *opened.value();
        QVERIFY(write(store, transaction(u"live-1"_s)));
        QVERIFY(store.begin() && store.insertSession(session(DemoProject::bobId())) &&
                store.commit());

        QVERIFY(LiveRecordsFile(m_path).resetToTestData());
        const Result<LiveRecords> live = LiveRecordsFile(m_path).read();
        QVERIFY(live);
        QCOMPARE(live->records, demoWithTokens().records);
        // The open store sees it on its next request: no record, no session,
        // and a new record goes after the test data, not where live-1 was.
        QVERIFY(!store.record(u"live-1"_s).value());
        QVERIFY(!store.findSession("hash-of-a-session").value());
        QVERIFY(write(store, transaction(u"live-2"_s)));
        const QList<Record> after = LiveRecordsFile(m_path).read()->records;
        QCOMPARE(after.size(), demoWithTokens().records.size() + 1);
        QCOMPARE(after.last().id, u"live-2"_s);
    }

    void aFileThatIsNoProjectIsAnErrorNotNoRecords()
    {
        QVERIFY(writeBytes(m_path, QByteArray(4096, 'x')));
        const Result<LiveRecords> live = LiveRecordsFile(m_path).read();
        QVERIFY(!live);
        QVERIFY2(live.errorMessage().startsWith(m_path), qPrintable(live.errorMessage()));
        QVERIFY(!LiveRecordsFile(m_path).resetToTestData());
        QVERIFY(!LiveRecordsFile(m_dir.filePath(u"missing.gatehouse"_s)).read());
    }
};

QTEST_GUILESS_MAIN(tst_LiveRecordsFile)
#include "tst_liverecordsfile.moc"
