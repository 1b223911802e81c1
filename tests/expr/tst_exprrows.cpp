#include "expr/AstDump.h"
#include "expr/ConditionRows.h"
#include "expr/Parser.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::expr;
using namespace Qt::Literals::StringLiterals;

using Joiner = ConditionRow::Joiner;
Q_DECLARE_METATYPE(gatehouse::expr::ConditionRowList)

// The editor's rows: a condition as "source operator value" lines, both ways.
class tst_ExprRows : public QObject
{
    Q_OBJECT

private slots:
    void rows_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<ConditionRowList>("rows");
        QTest::addColumn<QString>("text");
        auto row = [](const char *name, const QString &source, const ConditionRowList &rows,
                      const QString &text) { QTest::newRow(name) << source << rows << text; };
        row("demo owner", u"This Transaction's Creator is Current User"_s,
            {{Joiner::None, u"This Transaction's Creator"_s, u"is"_s, u"Current User"_s}},
            u"This Transaction's Creator is Current User"_s);
        row("demo admins", u"Current User's admin is yes"_s,
            {{Joiner::None, u"Current User's admin"_s, u"is"_s, u"yes"_s}},
            u"Current User's admin is yes"_s);
        row("demo condition", u"amount > 0"_s, {{Joiner::None, u"amount"_s, u">"_s, u"0"_s}},
            u"amount > 0"_s);
        row("is empty", u"note is empty"_s, {{Joiner::None, u"note"_s, u"is empty"_s, {}}},
            u"note is empty"_s);
        row("is not empty", u"note is not empty and amount>=2"_s,
            {{Joiner::None, u"note"_s, u"is not empty"_s, {}},
             {Joiner::And, u"amount"_s, u">="_s, u"2"_s}},
            u"note is not empty and amount >= 2"_s);
        row("bare yes/no", u"Current User's admin or flag"_s,
            {{Joiner::None, u"Current User's admin"_s, {}, {}}, {Joiner::Or, u"flag"_s, {}, {}}},
            u"Current User's admin or flag"_s);
        row("mixed joiners", u"a is 1 or b is 2 and c contains \"x\""_s,
            {{Joiner::None, u"a"_s, u"is"_s, u"1"_s},
             {Joiner::Or, u"b"_s, u"is"_s, u"2"_s},
             {Joiner::And, u"c"_s, u"contains"_s, u"\"x\""_s}},
            u"a is 1 or b is 2 and c contains \"x\""_s);
        row("search value", u"Current User is in Search for Users where admin is yes"_s,
            {{Joiner::None, u"Current User"_s, u"is in"_s,
              u"(Search for Users where admin is yes)"_s}},
            u"Current User is in (Search for Users where admin is yes)"_s);
        row("doesn't contain", u"email doesn't contain \"@\""_s,
            {{Joiner::None, u"email"_s, u"doesn't contain"_s, u"\"@\""_s}},
            u"email doesn't contain \"@\""_s);
    }
    void rows()
    {
        QFETCH(QString, source);
        QFETCH(ConditionRowList, rows);
        QFETCH(QString, text);
        const auto actual = ConditionRows::fromText(source);
        QVERIFY(actual.has_value());
        QCOMPARE(actual->size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(actual->at(i).joiner, rows.at(i).joiner);
            QCOMPARE(actual->at(i).source, rows.at(i).source);
            QCOMPARE(actual->at(i).op, rows.at(i).op);
            QCOMPARE(actual->at(i).value, rows.at(i).value);
        }
        QCOMPARE(ConditionRows::toText(rows), text);
        const ParseResult original = Parser::parse(source);
        const ParseResult back = Parser::parse(ConditionRows::toText(*actual));
        QVERIFY(back.ok());
        QCOMPARE(AstDump::dump(*back.root), AstDump::dump(*original.root));
    }

    void notRepresentable_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("not") << u"not a is b"_s;
        QTest::newRow("grouped or") << u"(a or b) and c"_s;
        QTest::newRow("comparison of comparison") << u"(a is b) is yes"_s;
        QTest::newRow("syntax error") << u"a is"_s;
        QTest::newRow("nested or") << u"a or (b or c)"_s;
    }
    void notRepresentable()
    {
        QFETCH(QString, source);
        QVERIFY(!ConditionRows::fromText(source).has_value());
    }

    void operatorsAllParse()
    {
        for (const QString &op : ConditionRows::operators()) {
            const ConditionRowList rows{
                {Joiner::None, u"a"_s, op, op.endsWith(u"empty"_s) ? QString() : u"b"_s}};
            const auto again = ConditionRows::fromText(ConditionRows::toText(rows));
            QVERIFY2(again.has_value(), qPrintable(op));
            QCOMPARE(again->first().op, op);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExprRows)
#include "tst_exprrows.moc"
