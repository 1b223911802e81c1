#include "expr/AstDump.h"
#include "expr/Checker.h"
#include "expr/ConditionRows.h"
#include "expr/Parser.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::expr;
using namespace Qt::Literals::StringLiterals;

using Joiner = ConditionRow::Joiner;
Q_DECLARE_METATYPE(gatehouse::expr::ConditionRowList)

namespace {
FieldType fieldTypeOf(const ValueType &type)
{
    static const QHash<ValueType::Kind, FieldKind> kinds{
        {ValueType::Kind::Text, FieldKind::Text},   {ValueType::Kind::Number, FieldKind::Number},
        {ValueType::Kind::YesNo, FieldKind::YesNo}, {ValueType::Kind::Date, FieldKind::Date},
        {ValueType::Kind::File, FieldKind::File},   {ValueType::Kind::Thing, FieldKind::Reference},
    };
    return {kinds.value(type.kind), type.typeName, type.isList};
}

QList<ValueType> everyType()
{
    QList<ValueType> types{ValueType::text(),
                           ValueType::number(),
                           ValueType::yesNo(),
                           ValueType::date(),
                           {ValueType::Kind::File, {}, false},
                           ValueType::thing(u"User"_s)};
    for (qsizetype i = 0, n = types.size(); i < n; ++i)
        types.append(ValueType::listOf(types.at(i)));
    return types;
}

// Whether the checker takes `left op right` for a left and right of these types.
bool checks(const QString &op, const ValueType &left, const ValueType &right)
{
    Project project;
    CheckContext context;
    context.place = CheckContext::Place::WorkflowCondition;
    context.hasParameters = true;
    context.parameters = {{u"left"_s, fieldTypeOf(left)}, {u"right"_s, fieldTypeOf(right)}};
    return Checker::checkText(project, context, u"left %1 right"_s.arg(op)).diagnostics.isEmpty();
}
} // namespace

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

    // The operators a source's type offers are exactly those the checker
    // takes, with a value of the type valueTypeFor names.
    void operatorsForTypeAgreeWithTheChecker()
    {
        for (const ValueType &left : everyType()) {
            for (const QString &op : ConditionRows::operators()) {
                const auto value = ConditionRows::valueTypeFor(op, left);
                const QString what = u"%1 %2"_s.arg(left.displayName(), op);
                if (!ConditionRows::takesValue(op)) {
                    QVERIFY2(!value, qPrintable(what));
                    QVERIFY2(ConditionRows::operatorsFor(left).contains(op), qPrintable(what));
                    continue;
                }
                QCOMPARE(ConditionRows::operatorsFor(left).contains(op), value.has_value());
                if (value) {
                    QVERIFY2(checks(op, left, *value), qPrintable(what));
                    continue;
                }
                for (const ValueType &right : everyType()) {
                    // `is in` with yes/no checks, but a list of yes/no is no
                    // choice a builder makes; the rows leave it out.
                    if (op == u"is in"_s && left == ValueType::yesNo())
                        continue;
                    QVERIFY2(!checks(op, left, right),
                             qPrintable(what + u" "_s + right.displayName()));
                }
            }
        }
    }

    void textAndNumberOfferDifferentOperators()
    {
        const QStringList text = ConditionRows::operatorsFor(ValueType::text());
        const QStringList number = ConditionRows::operatorsFor(ValueType::number());
        QVERIFY(text.contains(u"contains"_s));
        QVERIFY(!text.contains(u">"_s));
        QVERIFY(number.contains(u">="_s));
        QVERIFY(!number.contains(u"contains"_s));
        QCOMPARE(ConditionRows::operatorsFor(ValueType::yesNo()),
                 (QStringList{u"is"_s, u"is not"_s, u"is empty"_s, u"is not empty"_s}));
        QCOMPARE(ConditionRows::operatorsFor(ValueType::empty()), ConditionRows::operators());
        QCOMPARE(ConditionRows::valueTypeFor(u"contains"_s,
                                             ValueType::listOf(ValueType::thing(u"User"_s))),
                 std::optional(ValueType::thing(u"User"_s)));
        QVERIFY(!ConditionRows::valueTypeFor(u"is empty"_s, ValueType::text()));
    }
};

QTEST_GUILESS_MAIN(tst_ExprRows)
#include "tst_exprrows.moc"
