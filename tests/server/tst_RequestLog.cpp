#include "model/DemoProject.h"
#include "server/RequestLog.h"
#include "server/RequestLogQueue.h"
#include "storage/Database.h"
#include "storage/ProjectFile.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

// The request log: queued in memory, bounded, written in batches; what it
// drops is counted and said in the log itself.
class tst_RequestLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static RequestLogEntry entry(const QString &path)
    {
        RequestLogEntry e;
        e.time = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
        e.method = u"POST"_s;
        e.path = path;
        e.status = 200;
        e.handled = true;
        return e;
    }

    static QStringList pathsOf(const QList<RequestLogEntry> &entries)
    {
        QStringList paths;
        for (const RequestLogEntry &e : entries)
            paths << e.path;
        return paths;
    }

    QList<RequestLogEntry> kept() const
    {
        auto read = RequestLog::read(m_path);
        return read ? read.value() : QList<RequestLogEntry>{};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"log.gatehouse"_s);
        QFile::remove(m_path);
        QVERIFY(ProjectFile::save(DemoProject::build().value(), m_path));
    }

    void queueDropsTheOldestPastItsBoundAndCountsThem()
    {
        RequestLogQueue queue(3);
        for (int i = 1; i <= 5; ++i)
            queue.push(entry(u"/%1"_s.arg(i)));
        QCOMPARE(queue.size(), 3);
        QCOMPARE(queue.dropped(), 2);
        QCOMPARE(queue.takeNewlyDropped(), 2);
        QCOMPARE(queue.takeNewlyDropped(), 0);
        QCOMPARE(pathsOf(queue.takeAll()), (QStringList{u"/3"_s, u"/4"_s, u"/5"_s}));
        QCOMPARE(queue.size(), 0);

        queue.push(entry(u"/6"_s));
        queue.putBack({entry(u"/a"_s), entry(u"/b"_s), entry(u"/c"_s)}); // a failed batch
        QCOMPARE(pathsOf(queue.takeAll()), (QStringList{u"/b"_s, u"/c"_s, u"/6"_s}));
        QCOMPARE(queue.dropped(), 3);
        QCOMPARE(RequestLogQueue().bound(), 10000);
    }

    void appendOnlyQueuesAndFlushWritesTheBatch()
    {
        auto log = RequestLog::open(m_path, 100);
        QVERIFY2(log, qPrintable(log.errorMessage()));
        Trace trace;
        trace.add(TraceStep::Stage::Route, TraceStep::Verdict::Passed, u"exposed"_s,
                  u"workflow `ping`"_s);
        trace.add(TraceStep::Stage::Authenticate, TraceStep::Verdict::Refused, u"no token"_s);
        RequestLogEntry traced = entry(u"/traced"_s);
        traced.trace = trace;
        log.value()->append(entry(u"/1"_s));
        log.value()->append(traced);
        QVERIFY(kept().isEmpty()); // nothing written yet
        QVERIFY(log.value()->flush());
        const QList<RequestLogEntry> written = kept();
        QCOMPARE(pathsOf(written), (QStringList{u"/1"_s, u"/traced"_s}));
        QCOMPARE(written.at(1).trace.steps(), trace.steps());
        QCOMPARE(log.value()->queue().size(), 0);
        QVERIFY(log.value()->flush()); // nothing waits: nothing to do
        QCOMPARE(kept().size(), 2);
    }

    void whatItDroppedIsCountedInTheLog()
    {
        auto log = RequestLog::open(m_path, 100);
        QVERIFY(log);
        log.value()->setQueueBound(2);
        for (int i = 1; i <= 5; ++i)
            log.value()->append(entry(u"/%1"_s.arg(i)));
        QCOMPARE(log.value()->queue().dropped(), 3);
        QVERIFY(log.value()->flush());
        const QList<RequestLogEntry> written = kept();
        QCOMPARE(written.size(), 3);
        QVERIFY2(written.first().error.startsWith(u"3 request(s) not logged"_s),
                 qPrintable(written.first().error));
        QVERIFY(written.first().toLine().contains(u"at most 2 wait"_s));
        QCOMPARE(pathsOf(written.mid(1)), (QStringList{u"/4"_s, u"/5"_s}));
    }

    void aLockedFileKeepsTheBatchForTheNextFlush()
    {
        auto log = RequestLog::open(m_path, 100);
        QVERIFY(log);
        auto other = Database::open(m_path, Database::OpenMode::ReadWrite);
        QVERIFY(other);
        log.value()->append(entry(u"/1"_s));
        {
            auto holding = Transaction::begin(*other.value(), Transaction::Behavior::Immediate);
            QVERIFY(holding);
            // No wait in SQLite's busy handler, and no error: it waits in memory.
            QVERIFY(log.value()->flush());
            QCOMPARE(log.value()->queue().size(), 1);
            QVERIFY(holding.value().commit());
        }
        QVERIFY(kept().isEmpty());
        log.value()->append(entry(u"/2"_s));
        QVERIFY(log.value()->flush());
        QCOMPARE(pathsOf(kept()), (QStringList{u"/1"_s, u"/2"_s}));
    }

    void destroyingTheLogWritesWhatWaits()
    {
        {
            auto log = RequestLog::open(m_path, 100);
            QVERIFY(log);
            log.value()->append(entry(u"/last"_s));
        }
        QCOMPARE(pathsOf(kept()), QStringList{u"/last"_s});
    }

    void capacityKeepsTheNewest()
    {
        auto log = RequestLog::open(m_path, 3);
        QVERIFY(log);
        for (int i = 1; i <= 5; ++i)
            log.value()->append(entry(u"/%1"_s.arg(i)));
        QVERIFY(log.value()->flush());
        QCOMPARE(pathsOf(kept()), (QStringList{u"/3"_s, u"/4"_s, u"/5"_s}));
    }

    void secretsAreMaskedWithoutTouchingOtherText()
    {
        const QString secret = u"gh_adm_ABCDabcd0123456789_-xyz"_s;
        QCOMPARE(RequestLogEntry::maskSecrets(u"/wf/"_s + secret + u"/x"_s),
                 u"/wf/gh_adm_ABCD…/x"_s);
        QCOMPARE(RequestLogEntry::maskSecrets(u"a gh_usr_0123456789 b gh_adm_QQQQ c"_s),
                 u"a gh_usr_0123… b gh_adm_QQQQ c"_s);
        QCOMPARE(RequestLogEntry::maskSecrets(u"gh_ gh_x gh_adm_"_s), u"gh_ gh_x gh_adm_"_s);
        const QString plain = QString::fromLatin1("/api/1.1/wf/public_ping"); // not copied:
        QCOMPARE(RequestLogEntry::maskSecrets(plain).constData(), plain.constData());
        QCOMPARE(RequestLogEntry::escapeControls(plain).constData(), plain.constData());
        QCOMPARE(RequestLogEntry::escapeControls(u"a\u202eb"_s), u"a\\u{202e}b"_s);
    }
};

QTEST_GUILESS_MAIN(tst_RequestLog)
#include "tst_RequestLog.moc"
