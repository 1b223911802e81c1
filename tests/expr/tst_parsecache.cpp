#include "expr/AstDump.h"
#include "expr/ParseCache.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::expr;

namespace {
// Texts that parse and texts that fail in several ways, as Parser reads them.
QStringList sources()
{
    return {u"amount > 0 and title is not empty"_s,
            u"This User is Current User"_s,
            u"Search for Items:count > 3"_s,
            u"Result of step 1's _id"_s,
            u"Current User's admin is yes or (a is \"b\" and not c)"_s,
            u"   "_s,
            u"a = b"_s,
            u"x is \"abc"_s,
            u"(a or b"_s,
            u"amount >"_s,
            QString(10001, u'a')};
}

// What a result says: its tree, or its whole error.
QString described(const ParseResult &result)
{
    if (result.ok())
        return u"tree "_s + AstDump::dump(*result.root);
    const Diagnostic &e = *result.error;
    return u"error %1|%2|%3|%4|%5|%6"_s.arg(e.code, e.message, e.help, e.location)
        .arg(e.position)
        .arg(e.length);
}
} // namespace

// The cache of parsed expressions the engine, the audit and the checker
// parse through: the same answers as Parser::parse, each text parsed once,
// bounded, and safe from many threads.
class tst_ParseCache : public QObject
{
    Q_OBJECT

private slots:
    void sameAnswersAsTheParser()
    {
        ParseCache cache;
        for (const QString &source : sources()) {
            const ParseResult fresh = Parser::parse(source);
            const ParseCache::Parsed first = cache.parse(source);
            const ParseCache::Parsed again = cache.parse(source);
            QCOMPARE(first->ok(), fresh.ok());
            QCOMPARE(described(*first), described(fresh));
            QCOMPARE(first->error, fresh.error); // every field of a parse error, as before
            QCOMPARE(described(*again), described(fresh));
        }
    }

    void eachTextParsedOnce()
    {
        ParseCache cache;
        const ParseCache::Parsed first = cache.parse(u"amount > 0"_s);
        QCOMPARE(cache.parse(u"amount > 0"_s).get(), first.get());
        QVERIFY(cache.parse(u"amount > 1"_s).get() != first.get());
        QCOMPARE(cache.size(), 2);
    }

    void errorsKeptAsWell()
    {
        ParseCache cache;
        const ParseCache::Parsed first = cache.parse(u"a = b"_s);
        QVERIFY(!first->ok());
        QCOMPARE(cache.parse(u"a = b"_s).get(), first.get());
        QCOMPARE(first->error->code, u"unexpected-character"_s);
        QCOMPARE(first->error->position, 2);
    }

    void boundedByCount()
    {
        ParseCache cache(3);
        const ParseCache::Parsed a = cache.parse(u"a"_s);
        cache.parse(u"b"_s);
        cache.parse(u"c"_s);
        QCOMPARE(cache.parse(u"a"_s).get(), a.get()); // a used last: b is now the oldest
        cache.parse(u"d"_s);
        QCOMPARE(cache.size(), 3);
        QCOMPARE(cache.parse(u"a"_s).get(), a.get());
        const ParseCache::Parsed b = cache.parse(u"b"_s); // dropped, parsed anew
        QCOMPARE(described(*b), described(Parser::parse(u"b"_s)));
        QCOMPARE(cache.size(), 3);
    }

    void boundedByCharacters()
    {
        ParseCache cache(100, 10);
        cache.parse(u"aaaa"_s);
        cache.parse(u"bbbb"_s);
        QCOMPARE(cache.size(), 2);
        cache.parse(u"cccc"_s); // 12 characters: the oldest goes
        QCOMPARE(cache.size(), 2);
        const ParseCache::Parsed longer = cache.parse(u"a is 12345678"_s);
        QVERIFY(longer->ok()); // too long to keep, still answered
        QCOMPARE(cache.size(), 2);
    }

    void nothingKeptWithNoCapacity()
    {
        ParseCache cache(0);
        QVERIFY(cache.parse(u"a"_s)->ok());
        QCOMPARE(cache.size(), 0);
    }

    // Many threads parsing the same few texts and more than the cache keeps:
    // every answer as the parser's, and the cache within its bound.
    void concurrentUse()
    {
        QStringList texts = sources();
        for (int i = 0; i < 40; ++i)
            texts << u"amount > %1 and Current User's name is \"n%1\""_s.arg(i);
        QStringList expected;
        for (const QString &text : std::as_const(texts))
            expected << described(Parser::parse(text));
        ParseCache cache(16);
        std::atomic<int> wrong = 0;
        std::atomic<int> asked = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 50; ++round) {
                    for (qsizetype i = 0; i < texts.size(); ++i) {
                        const qsizetype at = (i * (t + 1) + round) % texts.size();
                        if (described(*cache.parse(texts.at(at))) != expected.at(at))
                            ++wrong;
                        ++asked;
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(asked.load(), 8 * 50 * int(texts.size()));
        QCOMPARE(wrong.load(), 0);
        QVERIFY(cache.size() <= 16);
        QVERIFY(cache.size() > 0);
    }

    void sharedCacheAnswersTheSame()
    {
        for (const QString &source : sources())
            QCOMPARE(described(*ParseCache::parseShared(source)), described(Parser::parse(source)));
    }
};

QTEST_GUILESS_MAIN(tst_ParseCache)
#include "tst_parsecache.moc"
