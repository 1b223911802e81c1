#include "engine/MemoryDataStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

// The memory store finds records by id through an index (issue 17, item 4:
// the audit and the matrix ask it hundreds of thousands of times); it answers
// as the scan it replaced: the first of two records with one id, and the
// right record after a removal moved the others and after a rollback.
class tst_MemoryStore : public QObject
{
    Q_OBJECT

    static Record record(const QString &id, const QString &type)
    {
        Record r;
        r.id = id;
        r.type = type;
        return r;
    }

    static QString typeOf(const MemoryDataStore &store, const QString &id)
    {
        const Result<std::optional<Record>> found = store.record(id);
        return found && found.value() ? found.value()->type : u"(none)"_s;
    }

private slots:
    void theFirstOfTwoIsFound()
    {
        const MemoryDataStore store({record(u"a"_s, u"First"_s), record(u"a"_s, u"Second"_s)});
        QCOMPARE(typeOf(store, u"a"_s), u"First"_s);
        QCOMPARE(typeOf(store, u"b"_s), u"(none)"_s);
    }

    void removalMovesTheOthers()
    {
        MemoryDataStore store(
            {record(u"a"_s, u"A"_s), record(u"b"_s, u"B"_s), record(u"c"_s, u"C"_s)});
        QVERIFY(store.remove(u"a"_s).ok());
        QCOMPARE(typeOf(store, u"a"_s), u"(none)"_s);
        QCOMPARE(typeOf(store, u"b"_s), u"B"_s);
        QCOMPARE(typeOf(store, u"c"_s), u"C"_s);
        QVERIFY(store.remove(u"c"_s).ok());
        QCOMPARE(typeOf(store, u"b"_s), u"B"_s);
        QVERIFY(!store.remove(u"c"_s).ok());
    }

    void insertUpdateAndRollback()
    {
        MemoryDataStore store({record(u"a"_s, u"A"_s)});
        QVERIFY(store.insert(record(u"b"_s, u"B"_s)).ok());
        QVERIFY(!store.insert(record(u"b"_s, u"Again"_s)).ok());
        QCOMPARE(typeOf(store, u"b"_s), u"B"_s);
        QVERIFY(store.begin().ok());
        QVERIFY(store.remove(u"a"_s).ok());
        QVERIFY(store.insert(record(u"c"_s, u"C"_s)).ok());
        QVERIFY(store.update(record(u"b"_s, u"B2"_s)).ok());
        QCOMPARE(typeOf(store, u"b"_s), u"B2"_s);
        store.rollback();
        QCOMPARE(typeOf(store, u"a"_s), u"A"_s);
        QCOMPARE(typeOf(store, u"b"_s), u"B"_s);
        QCOMPARE(typeOf(store, u"c"_s), u"(none)"_s);
        QCOMPARE(store.all().size(), 2);
    }
};

QTEST_APPLESS_MAIN(tst_MemoryStore)
#include "tst_memorystore.moc"
