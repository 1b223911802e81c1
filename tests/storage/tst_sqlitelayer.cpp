#include "storage/Database.h"
#include "storage/Savepoint.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

// The small RAII layer over SQLite that storage and the engine share.
class tst_SqliteLayer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    int countRows()
    {
        auto statement = m_db->prepare(u"SELECT count(*) FROM t"_s);
        if (!statement || !statement.value().step().value())
            return -1;
        return statement.value().columnInt(0);
    }

    Result<> insert(int value)
    {
        auto statement = m_db->prepare(u"INSERT INTO t (v) VALUES (?)"_s);
        if (!statement)
            return statement.error();
        return statement.value().bindAll(value).exec();
    }

private slots:
    void init()
    {
        auto db = Database::openInMemory();
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        QVERIFY(m_db->exec(u"CREATE TABLE t (v)"_s).ok());
    }

    void cleanup() { m_db.reset(); }

    void commitKeepsTheRows()
    {
        {
            auto transaction = Transaction::begin(*m_db);
            QVERIFY(transaction.ok());
            QVERIFY(insert(1).ok());
            QVERIFY(transaction.value().commit().ok());
            QVERIFY(!transaction.value().isActive());
        }
        QCOMPARE(countRows(), 1);
    }

    void scopeExitRollsBack()
    {
        {
            auto transaction = Transaction::begin(*m_db);
            QVERIFY(transaction.ok());
            QVERIFY(insert(1).ok());
            QVERIFY(m_db->isInTransaction());
        }
        QVERIFY(!m_db->isInTransaction());
        QCOMPARE(countRows(), 0);
    }

    void secondCommitIsAnError()
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction.value().commit().ok());
        auto again = transaction.value().commit();
        QVERIFY(!again.ok());
        QCOMPARE(again.errorMessage(), u"the transaction is already finished"_s);
    }

    void nestedBeginFails()
    {
        auto outer = Transaction::begin(*m_db);
        QVERIFY(outer.ok());
        auto inner = Transaction::begin(*m_db);
        QVERIFY(!inner.ok());
        QVERIFY2(inner.errorMessage().contains(u"within a transaction"_s),
                 qPrintable(inner.errorMessage()));
    }

    // A request that touches nothing costs no BEGIN and no COMMIT; one that
    // does starts its transaction at its first statement.
    void aTransactionStartsAtItsFirstStatement()
    {
        const qint64 before = m_db->statementCount();
        {
            auto unused = Transaction::begin(*m_db, Transaction::Behavior::ImmediateWhenUsed);
            QVERIFY(unused);
            QVERIFY(!m_db->isInTransaction());
            QVERIFY(unused.value().commit());
        }
        {
            auto unused = Transaction::begin(*m_db, Transaction::Behavior::ImmediateWhenUsed);
            QVERIFY(unused);
        } // rolled back, as unused
        QCOMPARE(m_db->statementCount(), before);

        {
            auto used = Transaction::begin(*m_db, Transaction::Behavior::ImmediateWhenUsed);
            QVERIFY(used);
            QVERIFY(insert(1));
            QVERIFY(m_db->isInTransaction());
        } // rolled back
        QCOMPARE(countRows(), 0);
        auto used = Transaction::begin(*m_db, Transaction::Behavior::ImmediateWhenUsed);
        QVERIFY(used);
        QVERIFY(insert(2));
        QVERIFY(used.value().commit());
        QVERIFY(!m_db->isInTransaction());
        QCOMPARE(countRows(), 1);
    }

    void savepointUndoesOnlyItsStep()
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(insert(1).ok());
        {
            auto step = Savepoint::begin(*m_db, u"step \"two\""_s);
            QVERIFY2(step.ok(), qPrintable(step.errorMessage()));
            QVERIFY(insert(2).ok());
        }
        {
            auto step = Savepoint::begin(*m_db, u"three"_s);
            QVERIFY(insert(3).ok());
            QVERIFY(step.value().release().ok());
        }
        QVERIFY(transaction.value().commit().ok());
        auto values = m_db->prepare(u"SELECT group_concat(v) FROM t"_s);
        QVERIFY(values.value().step().value());
        QCOMPARE(values.value().columnText(0), u"1,3"_s);
    }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("text") << QVariant(u"héllo wörld ✓"_s);
        QTest::newRow("empty text") << QVariant(u""_s);
        QTest::newRow("largest integer") << QVariant(std::numeric_limits<qint64>::max());
        QTest::newRow("negative integer") << QVariant(qint64(-42));
        QTest::newRow("double") << QVariant(0.1);
        QTest::newRow("blob with zeros") << QVariant(QByteArray("\0a\0b\xff", 5));
    }

    void valuesRoundTrip()
    {
        QFETCH(QVariant, value);
        auto statement = m_db->prepare(u"SELECT ?"_s);
        QVERIFY(statement.ok());
        Statement &s = statement.value();
        switch (value.typeId()) {
        case QMetaType::QString:
            s.bind(1, value.toString());
            break;
        case QMetaType::LongLong:
            s.bind(1, value.toLongLong());
            break;
        case QMetaType::Double:
            s.bind(1, value.toDouble());
            break;
        default:
            s.bind(1, value.toByteArray());
            break;
        }
        QVERIFY(s.step().value());
        QVERIFY(!s.columnIsNull(0));
        switch (value.typeId()) {
        case QMetaType::QString:
            QCOMPARE(s.columnText(0), value.toString());
            break;
        case QMetaType::LongLong:
            QCOMPARE(s.columnInt64(0), value.toLongLong());
            break;
        case QMetaType::Double:
            QCOMPARE(s.columnDouble(0), value.toDouble());
            break;
        default:
            QCOMPARE(s.columnBlob(0), value.toByteArray());
            break;
        }
    }

    void nullReadsAsNull()
    {
        auto statement = m_db->prepare(u"SELECT ?, ?"_s);
        statement.value().bindNull(1).bind(2, QByteArray());
        QVERIFY(statement.value().step().value());
        QVERIFY(statement.value().columnIsNull(0));
        QVERIFY(statement.value().columnIsNull(1));
        QVERIFY(statement.value().columnBlob(1).isNull());
    }

    void errorsCarrySqlitesWordsAndCode()
    {
        auto bad = m_db->prepare(u"SELECT * FROM nowhere"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errorMessage(), u"no such table: nowhere"_s);
        QCOMPARE(m_db->lastErrorCode(), SQLITE_ERROR);
        auto statement = m_db->prepare(u"SELECT ?"_s);
        auto outOfRange = statement.value().bind(5, 1).step();
        QVERIFY(!outOfRange.ok());
        QCOMPARE(m_db->lastErrorCode(), SQLITE_RANGE);
    }

    void busyWriterWaitsThenGivesUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.db"_s);
        auto first = Database::open(path, Database::OpenMode::Create);
        auto second = Database::open(path, Database::OpenMode::ReadWrite);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value()->enableWal().ok());
        QVERIFY(first.value()->exec(u"CREATE TABLE t (v)"_s).ok());
        QVERIFY(second.value()->setBusyTimeout(50).ok());
        auto holding = Transaction::begin(*first.value());
        QVERIFY(holding.ok());
        auto blocked = Transaction::begin(*second.value());
        QVERIFY(!blocked.ok());
        QCOMPARE(second.value()->lastErrorCode() & 0xff, SQLITE_BUSY);
        QVERIFY(holding.value().commit().ok());
        QVERIFY(Transaction::begin(*second.value()).ok());
    }

    // Statements are cached by their SQL: a request's queries compile once.
    void aRepeatedQueryIsCompiledOnce()
    {
        for (int i = 0; i < 10; ++i)
            QVERIFY(insert(i).ok());
        QCOMPARE(countRows(), 10);
        int compiled = 0;
        for (sqlite3_stmt *s = sqlite3_next_stmt(m_db->handle(), nullptr); s;
             s = sqlite3_next_stmt(m_db->handle(), s))
            ++compiled;
        QCOMPARE(compiled, 3); // init()'s CREATE, the INSERT and the count, each kept once
    }

    void aReusedStatementStartsAfresh()
    {
        QVERIFY(insert(1).ok());
        QVERIFY(insert(2).ok());
        {
            auto first = m_db->prepare(u"SELECT v, ? FROM t ORDER BY v"_s);
            first.value().bind(1, 7);
            QVERIFY(first.value().step().value()); // left mid-way, bound
        }
        auto again = m_db->prepare(u"SELECT v, ? FROM t ORDER BY v"_s);
        QVERIFY(again.value().step().value());
        QCOMPARE(again.value().columnInt(0), 1);
        QVERIFY(again.value().columnIsNull(1));
        // The same query twice at once: two statements, each with its own place.
        auto inner = m_db->prepare(u"SELECT v, ? FROM t ORDER BY v"_s);
        QVERIFY(inner.value().step().value());
        QVERIFY(inner.value().step().value());
        QCOMPARE(inner.value().columnInt(0), 2);
        QVERIFY(again.value().step().value());
        QCOMPARE(again.value().columnInt(0), 2);
    }

    void execRunsEveryStatementOfAText()
    {
        const QString two = u"INSERT INTO t (v) VALUES (1); INSERT INTO t (v) VALUES (2);"_s;
        {
            auto first = m_db->prepare(two); // compiles the first only, as SQLite does
            QVERIFY(first.ok());
        }
        QVERIFY(m_db->exec(two).ok());
        QVERIFY(m_db->exec(two).ok());
        QCOMPARE(countRows(), 4);
        QVERIFY(m_db->exec(u"  "_s).ok());
        QVERIFY(!m_db->prepare(u""_s).ok());
    }

    void openingAMissingFileReadWriteFails()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"none.db"_s), Database::OpenMode::ReadWrite);
        QVERIFY(!db.ok());
        QVERIFY(!db.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SqliteLayer)
#include "tst_sqlitelayer.moc"
