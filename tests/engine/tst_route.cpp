#include "engine/EngineRequest.h"
#include "engine/FormDecoder.h"
#include "engine/Route.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

Q_DECLARE_METATYPE(Route::Kind)

class tst_Route : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Route::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("version");
        using K = Route::Kind;
        QTest::newRow("workflow") << u"/api/1.1/wf/signup"_s << K::Workflow << u"signup"_s
                                  << QString() << QString();
        QTest::newRow("workflow trailing slash")
            << u"/api/1.1/wf/signup/"_s << K::Workflow << u"signup"_s << QString() << QString();
        QTest::newRow("version-test") << u"/version-test/api/1.1/wf/x"_s << K::Workflow << u"x"_s
                                      << QString() << u"version-test"_s;
        QTest::newRow("version-live") << u"/version-live/api/1.1/obj/t"_s << K::DataCollection
                                      << u"t"_s << QString() << u"version-live"_s;
        QTest::newRow("collection") << u"/api/1.1/obj/transaction"_s << K::DataCollection
                                    << u"transaction"_s << QString() << QString();
        QTest::newRow("item") << u"/api/1.1/obj/transaction/123x456"_s << K::DataItem
                              << u"transaction"_s << u"123x456"_s << QString();
        QTest::newRow("bulk") << u"/api/1.1/obj/transaction/bulk"_s << K::DataBulk
                              << u"transaction"_s << QString() << QString();
        QTest::newRow("swagger") << u"/api/1.1/meta/swagger.json"_s << K::Swagger << QString()
                                 << QString() << QString();
        QTest::newRow("root") << u"/"_s << K::None << QString() << QString() << QString();
        QTest::newRow("empty") << QString() << K::None << QString() << QString() << QString();
        QTest::newRow("no leading slash")
            << u"api/1.1/wf/x"_s << K::None << QString() << QString() << QString();
        QTest::newRow("other version of api")
            << u"/api/1.0/wf/x"_s << K::None << QString() << QString() << QString();
        QTest::newRow("unknown branch")
            << u"/version-abc/api/1.1/wf/x"_s << K::None << QString() << QString() << QString();
        QTest::newRow("double slash")
            << u"/api/1.1/wf//x"_s << K::None << QString() << QString() << QString();
        QTest::newRow("workflow without name")
            << u"/api/1.1/wf/"_s << K::None << QString() << QString() << QString();
        QTest::newRow("initialize")
            << u"/api/1.1/wf/x/initialize"_s << K::Initialize << u"x"_s << QString() << QString();
        QTest::newRow("too deep") << u"/api/1.1/obj/t/1/2"_s << K::None << QString() << QString()
                                  << QString();
        QTest::newRow("meta other")
            << u"/api/1.1/meta/x"_s << K::None << QString() << QString() << QString();
        QTest::newRow("dot segments")
            << u"/api/1.1/wf/../obj/t"_s << K::None << QString() << QString() << QString();
    }

    void parse()
    {
        QFETCH(QString, path);
        QFETCH(Route::Kind, kind);
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, version);
        const Route route = Route::parse(path);
        QCOMPARE(route.kind, kind);
        QCOMPARE(route.name, name);
        QCOMPARE(route.id, id);
        QCOMPARE(route.version, version);
    }

    void formDecoding_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QStringList>("pairs");
        QTest::newRow("simple") << QByteArray("a=1&b=2")
                                << QStringList{u"a"_s, u"1"_s, u"b"_s, u"2"_s};
        QTest::newRow("plus is space") << QByteArray("q=a+b") << QStringList{u"q"_s, u"a b"_s};
        QTest::newRow("percent") << QByteArray("e=a%40b.c%2Bd")
                                 << QStringList{u"e"_s, u"a@b.c+d"_s};
        QTest::newRow("utf8") << QByteArray("n=caf%C3%A9") << QStringList{u"n"_s, u"caf\u00e9"_s};
        QTest::newRow("no value") << QByteArray("flag") << QStringList{u"flag"_s, QString()};
        QTest::newRow("empty pairs") << QByteArray("&&a=1&") << QStringList{u"a"_s, u"1"_s};
        QTest::newRow("equals in value") << QByteArray("k=a=b") << QStringList{u"k"_s, u"a=b"_s};
    }

    void formDecoding()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QStringList, pairs);
        QStringList flat;
        for (const auto &[key, value] : FormDecoder::decode(encoded))
            flat << key << value;
        QCOMPARE(flat, pairs);
    }

    void requestFromTarget()
    {
        const EngineRequest request =
            EngineRequest::make("POST", u"/api/1.1/wf/x?api_token=abc&name=J+D"_s, "{}",
                                {{"content-type", "Application/JSON; charset=utf-8"}});
        QCOMPARE(request.path, u"/api/1.1/wf/x"_s);
        QCOMPARE(request.queryValue(u"api_token"_s), u"abc"_s);
        QCOMPARE(request.queryValue(u"name"_s), u"J D"_s);
        QCOMPARE(request.contentType(), QByteArray("application/json"));
        QCOMPARE(request.header("CONTENT-TYPE"), QByteArray("Application/JSON; charset=utf-8"));
        const EngineRequest plain = EngineRequest::make("GET", u"/api/1.1/obj/a%20b"_s);
        QCOMPARE(plain.path, u"/api/1.1/obj/a b"_s);
        QVERIFY(plain.query.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Route)
#include "tst_route.moc"
