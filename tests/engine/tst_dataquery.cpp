#include "engine/ConstraintMatcher.h"
#include "engine/DataQuery.h"

#include "model/DemoProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_DataQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    // Each row: a constraints array, and the amounts of the demo's
    // transactions that meet it (or the error it gives).
    void constraints_data()
    {
        QTest::addColumn<QString>("constraints");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << u"[]"_s << u"10 20 30 5 15"_s;
        QTest::newRow("equals number")
            << uR"([{"key":"amount","constraint_type":"equals","value":20}])"_s << u"20"_s;
        QTest::newRow("equals number as text")
            << uR"([{"key":"amount","constraint_type":"equals","value":"20"}])"_s << u"20"_s;
        QTest::newRow("not equal")
            << uR"([{"key":"amount","constraint_type":"not equal","value":20}])"_s
            << u"10 30 5 15"_s;
        QTest::newRow("greater than")
            << uR"([{"key":"amount","constraint_type":"greater than","value":12}])"_s
            << u"20 30 15"_s;
        QTest::newRow("less than")
            << uR"([{"key":"amount","constraint_type":"less than","value":12}])"_s << u"10 5"_s;
        QTest::newRow("both ANDed")
            << uR"([{"key":"amount","constraint_type":"greater than","value":5},{"key":"amount","constraint_type":"less than","value":20}])"_s
            << u"10 15"_s;
        QTest::newRow("in") << uR"([{"key":"amount","constraint_type":"in","value":[5,30,99]}])"_s
                            << u"30 5"_s;
        QTest::newRow("not in")
            << uR"([{"key":"amount","constraint_type":"not in","value":[5,30]}])"_s
            << u"10 20 15"_s;
        QTest::newRow("created by")
            << u"[{\"key\":\"Created By\",\"constraint_type\":\"equals\",\"value\":\"%1\"}]"_s.arg(
                   DemoProject::bobId())
            << u"5 15"_s;
        QTest::newRow("text contains word")
            << uR"([{"key":"account","constraint_type":"text contains","value":"bob"}])"_s
            << u"5 15"_s;
        QTest::newRow("text contains part of word")
            << uR"([{"key":"account","constraint_type":"text contains","value":"bo"}])"_s
            << QString();
        QTest::newRow("note is empty")
            << uR"([{"key":"note","constraint_type":"is_empty"}])"_s << u"10 20 30 5 15"_s;
        QTest::newRow("note is not empty")
            << uR"([{"key":"note","constraint_type":"is_not_empty"}])"_s << QString();
        QTest::newRow("tagged equals no")
            << uR"([{"key":"tagged","constraint_type":"equals","value":false}])"_s
            << u"10 20 30 5 15"_s;
        QTest::newRow("unknown field")
            << uR"([{"key":"iban","constraint_type":"equals","value":1}])"_s
            << u"404 Constraint type not found equals for field iban and type transaction"_s;
        QTest::newRow("list constraint on scalar")
            << uR"([{"key":"amount","constraint_type":"contains","value":1}])"_s
            << u"404 Constraint type not found contains for field amount and type transaction"_s;
        QTest::newRow("text contains on number")
            << uR"([{"key":"amount","constraint_type":"text contains","value":"1"}])"_s
            << u"404 Constraint type not found text contains"_s;
        QTest::newRow("unknown constraint type")
            << uR"([{"key":"amount","constraint_type":"like","value":1}])"_s
            << u"400 each constraint needs a key and a known constraint_type"_s;
        QTest::newRow("not an array")
            << uR"({"key":"amount"})"_s << u"400 constraints must be a JSON array"_s;
        QTest::newRow("missing value") << uR"([{"key":"amount","constraint_type":"equals"}])"_s
                                       << u"400 constraint equals on amount needs a value"_s;
    }

    void constraints()
    {
        QFETCH(QString, constraints);
        QFETCH(QString, expected);
        const EngineRequest request = EngineRequest::make(
            "GET", u"/api/1.1/obj/transaction?constraints="_s +
                       QString::fromLatin1(QUrl::toPercentEncoding(constraints)));
        const auto parsed = DataQuery::parse(request, *m_demo.findDataType(u"Transaction"_s));
        if (auto *problem = std::get_if<DataQuery::Problem>(&parsed)) {
            const QString actual = QString::number(problem->status) + u' ' + problem->message;
            QVERIFY2(actual.startsWith(expected), qPrintable(actual));
            return;
        }
        QStringList amounts;
        for (const Record &record : m_demo.records) {
            if (record.type == u"Transaction"_s &&
                ConstraintMatcher::matches(record, std::get<DataQuery>(parsed).constraints))
                amounts << QString::number(record.values.value(u"amount"_s).toDouble());
        }
        QCOMPARE(amounts.join(u' '), expected);
    }

    void paging_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("error");
        QTest::newRow("defaults") << QString() << 0 << 100 << QString();
        QTest::newRow("cursor and limit") << u"cursor=2&limit=3"_s << 2 << 3 << QString();
        QTest::newRow("limit capped at 100") << u"limit=5000"_s << 0 << 100 << QString();
        QTest::newRow("negative cursor") << u"cursor=-1"_s << 0 << 0 << u"cursor must be"_s;
        QTest::newRow("words for limit") << u"limit=ten"_s << 0 << 0 << u"limit must be"_s;
        QTest::newRow("sort by list?")
            << u"sort_field=nope"_s << 0 << 0 << u"Cannot sort by nope"_s;
    }

    void paging()
    {
        QFETCH(QString, query);
        QFETCH(int, cursor);
        QFETCH(int, limit);
        QFETCH(QString, error);
        const auto parsed =
            DataQuery::parse(EngineRequest::make("GET", u"/api/1.1/obj/transaction?"_s + query),
                             *m_demo.findDataType(u"Transaction"_s));
        if (!error.isEmpty()) {
            QVERIFY(std::holds_alternative<DataQuery::Problem>(parsed));
            QVERIFY(std::get<DataQuery::Problem>(parsed).message.contains(error));
            return;
        }
        QCOMPARE(std::get<DataQuery>(parsed).cursor, cursor);
        QCOMPARE(std::get<DataQuery>(parsed).limit, limit);
    }

private:
    Project m_demo;
};

QTEST_GUILESS_MAIN(tst_DataQuery)
#include "tst_dataquery.moc"
