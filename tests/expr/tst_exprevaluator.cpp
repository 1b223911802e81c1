#include "ExprTestProject.h"

#include "expr/Evaluator.h"
#include "expr/InMemoryDataSource.h"
#include "expr/Limits.h"
#include "expr/Parser.h"

#include <QJsonArray>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::expr;
using namespace Qt::Literals::StringLiterals;

// The evaluator over the demo's test data: Bubble's semantics, empty
// handled as Bubble does, errors that fail closed.
class tst_ExprEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_project = exprtest::makeProject();
        const QStringList names{u"alice"_s, u"bob"_s, u"root"_s, u"t1"_s,    u"t2"_s,
                                u"t3"_s,    u"t4"_s,  u"t5"_s,   u"orphan"_s};
        for (int i = 0; i < names.size(); ++i)
            m_ids[names.at(i)] = m_project.records.at(i).id;
        QCOMPARE(m_project.records.at(3).createdBy, m_ids.value(u"alice"_s));
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("thisThing");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected"); // a value, or "error: <code>"
        auto row = [](const char *name, const QString &user, const QString &thisThing,
                      const QString &source, const QString &expected) {
            QTest::newRow(name) << user << thisThing << source << expected;
        };
        const QString u = u"User"_s;
        row("self holds", u"alice"_s, u"User alice"_s, u"This User is Current User"_s, u"yes"_s);
        row("self of another", u"alice"_s, u"User bob"_s, u"This User is Current User"_s, u"no"_s);
        row("self anonymous", {}, u"User alice"_s, u"This User is Current User"_s, u"no"_s);
        row("owner holds", u"alice"_s, u"Transaction t1"_s,
            u"This Transaction's Creator is Current User"_s, u"yes"_s);
        row("owner of another", u"bob"_s, u"Transaction t1"_s,
            u"This Transaction's Creator is Current User"_s, u"no"_s);
        row("owner anonymous", {}, u"Transaction t1"_s,
            u"This Transaction's Creator is Current User"_s, u"no"_s);
        // Current User is never empty (Bubble): an anonymous caller does not
        // own the things nobody created.
        row("anonymous does not own orphans", {}, u"Transaction orphan"_s,
            u"This Transaction's Creator is Current User"_s, u"no"_s);
        row("anonymous is not empty", {}, {}, u"Current User is empty"_s, u"no"_s);
        row("anonymous is not a user", {}, u"User alice"_s, u"This User is Current User"_s,
            u"no"_s);
        // The P2 pitfall stays where Bubble has it: a logged-out user's
        // fields are empty, and empty is empty.
        row("empty is empty pitfall", {}, u"Transaction orphan"_s,
            u"This Transaction's Creator is Current User's Created By"_s, u"yes"_s);
        row("logged-out user's fields are empty", {}, {}, u"Current User's email is empty"_s,
            u"yes"_s);
        row("empty literal is empty", {}, {}, u"empty is empty"_s, u"yes"_s);
        row("admin holds", u"root"_s, {}, u"Current User's admin is yes"_s, u"yes"_s);
        row("admin of non-admin", u"alice"_s, {}, u"Current User's admin is yes"_s, u"no"_s);
        row("admin anonymous", {}, {}, u"Current User's admin is yes"_s, u"no"_s);
        row("parameter compare", u"alice"_s, {}, u"amount > 0"_s, u"yes"_s);
        row("missing parameter is empty", {}, {}, u"missing is empty"_s, u"yes"_s);
        row("present parameter is not empty", {}, {}, u"note is not empty"_s, u"yes"_s);
        row("search all", {}, {}, u"Search for Transactions:count"_s, u"6"_s);
        row("search constrained", {}, {}, u"(Search for Transactions where amount > 12):count"_s,
            u"3"_s);
        row("search two constraints", {}, {},
            u"(Search for Transactions where amount > 12 and amount < 25):count"_s, u"2"_s);
        row("search by creator", u"alice"_s, {},
            u"(Search for Transactions where Creator is Current User):count"_s, u"3"_s);
        row("search nothing", {}, {}, u"Search for Transactions where tagged is yes"_s, u"[]"_s);
        row("search users", {}, {}, u"Search for Users where admin is yes"_s, u"[User root]"_s);
        row("search field of list", {}, {}, u"Search for Transactions's amount"_s,
            u"[10, 20, 30, 5, 15, 1]"_s);
        row("step field", {}, {}, u"Result of step 1's amount"_s, u"10"_s);
        row("step id", {}, {}, u"Result of step 1's _id"_s, u"\"t1\""_s);
        row("step count", {}, {}, u"Result of step 2:count"_s, u"2"_s);
        row("step list field", {}, {}, u"Result of step 2's amount"_s, u"[10, 20]"_s);
        row("first item", {}, {}, u"Result of step 2:first item's amount"_s, u"10"_s);
        row("step that did not run", {}, {}, u"Result of step 9"_s, u"empty"_s);
        row("count of empty", {}, {}, u"Result of step 9:count"_s, u"0"_s);
        row("first of empty", {}, {}, u"Result of step 9:first item"_s, u"empty"_s);
        row("field of empty", {}, {}, u"Result of step 9's amount"_s, u"empty"_s);
        row("dates", {}, {}, u"Current date/time > Result of step 1's Created Date"_s, u"yes"_s);
        row("traversal", u"bob"_s, u"Transaction t1"_s, u"This Transaction's Creator's email"_s,
            u"\"alice@example.com\""_s);
        row("user has no creator", u"alice"_s, {}, u"Current User's Created By"_s, u"empty"_s);
        row("contains ignores case", {}, {}, u"note contains \"world\""_s, u"yes"_s);
        row("doesn't contain", {}, {}, u"note doesn't contain \"xyz\""_s, u"yes"_s);
        row("list contains", {}, {}, u"tags contains \"a\""_s, u"yes"_s);
        row("is in", {}, {}, u"\"b\" is in tags"_s, u"yes"_s);
        row("is not in", {}, {}, u"\"c\" is in tags"_s, u"no"_s);
        row("nothing contains empty", {}, {}, u"note contains empty"_s, u"no"_s);
        row("mismatched kinds differ", {}, {}, u"amount is \"25\""_s, u"no"_s);
        row("mismatched is not", {}, {}, u"amount is not \"25\""_s, u"yes"_s);
        row("mismatched order", {}, {}, u"note > 3"_s, u"no"_s);
        row("empty has no order", {}, {}, u"empty < 1"_s, u"no"_s);
        row("and", {}, {}, u"yes and no"_s, u"no"_s);
        row("or", {}, {}, u"no or yes"_s, u"yes"_s);
        row("not empty is yes", {}, {}, u"not empty"_s, u"yes"_s);
        row("empty in and is no", {}, {}, u"missing and yes"_s, u"no"_s);
        row("and before or", {}, {}, u"yes or yes and no"_s, u"yes"_s);
        row("short circuit", {}, {}, u"no and amount"_s, u"no"_s);
        row("yes/no parameter", {}, {}, u"flag"_s, u"yes"_s);
        row("text literal", {}, {}, u"\"ok\""_s, u"\"ok\""_s);
        row("error: and of number", {}, {}, u"amount and yes"_s, u"error: not-yes-no"_s);
        row("error: field of number", {}, {}, u"amount's x"_s, u"error: not-a-thing"_s);
        row("error: count of text", {}, {}, u"note:count"_s, u"error: not-a-list"_s);
        row("error: unknown type", {}, {}, u"Search for Nothing"_s, u"error: unknown-type"_s);
        row("error: unknown field", u"alice"_s, {}, u"Current User's nme"_s,
            u"error: unknown-field"_s);
        row("error: unknown constraint", {}, {}, u"Search for Users where nme is 1"_s,
            u"error: unknown-field"_s);
    }
    void evaluate()
    {
        QFETCH(QString, user);
        QFETCH(QString, thisThing);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        InMemoryDataSource data = makeData(user, thisThing);
        const ParseResult parsed = Parser::parse(source);
        QVERIFY(parsed.ok());
        const Evaluation result = Evaluator(m_project, data).evaluate(*parsed.root);
        const QString actual = result.ok() ? withNames(result.value.toDebugString())
                                           : u"error: "_s + result.error->code;
        QCOMPARE(actual, expected);
    }

    void errorMessages_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("length");
        QTest::newRow("not yes/no")
            << u"yes and amount"_s << u"`amount` is a number, not yes or no"_s << 8 << 6;
        QTest::newRow("not a thing")
            << u"note's x"_s << u"`note` is text and has no fields"_s << 0 << 8;
        QTest::newRow("not a list")
            << u"flag:first item"_s << u"`:first item` needs a list, but `flag` is a yes/no"_s << 0
            << 15;
        QTest::newRow("unknown field")
            << u"Result of step 1's amout"_s << u"no field `amout` on `Transaction`"_s << 0 << 24;
        QTest::newRow("unknown type")
            << u"Search for Nothing"_s << u"no data type `Nothing`"_s << 0 << 18;
    }
    void errorMessages()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        QFETCH(int, position);
        QFETCH(int, length);
        InMemoryDataSource data = makeData({}, {});
        const Evaluation result = Evaluator(m_project, data).evaluate(*Parser::parse(source).root);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->message, message);
        QCOMPARE(result.error->position, position);
        QCOMPARE(result.error->length, length);
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty condition holds") << u" "_s << true << QString();
        QTest::newRow("yes") << u"amount > 1"_s << true << QString();
        QTest::newRow("no") << u"amount > 100"_s << false << QString();
        QTest::newRow("empty is not met") << u"missing"_s << false << QString();
        QTest::newRow("number fails closed") << u"amount"_s << false << u"not-yes-no"_s;
        QTest::newRow("error fails closed") << u"not amount's x"_s << false << u"not-a-thing"_s;
        QTest::newRow("syntax error fails closed") << u"amount >"_s << false << u"expected-value"_s;
    }
    void conditions()
    {
        QFETCH(QString, source);
        QFETCH(bool, met);
        QFETCH(QString, error);
        InMemoryDataSource data = makeData({}, {});
        const ConditionOutcome outcome = Evaluator(m_project, data).evaluateCondition(source);
        QCOMPARE(outcome.met, met);
        QCOMPARE(outcome.error ? outcome.error->code : QString(), error);
    }

    void searchFailureFailsClosed()
    {
        struct BrokenStore : InMemoryDataSource
        {
            using InMemoryDataSource::InMemoryDataSource;
            Result<QStringList> search(const QString &,
                                       const QList<SearchConstraint> &) const override
            {
                return Error{u"the store is locked"_s};
            }
        };
        BrokenStore data(m_project);
        const ConditionOutcome outcome =
            Evaluator(m_project, data).evaluateCondition(u"(Search for Transactions):count > 0"_s);
        QVERIFY(!outcome.met);
        QVERIFY(outcome.error.has_value());
        QCOMPARE(outcome.error->code, u"search-failed"_s);
        QCOMPARE(outcome.error->message, u"the store is locked"_s);
        QCOMPARE(outcome.error->position, 1);
        QCOMPARE(outcome.error->length, 23);
    }

    // Past Limits::maxListSize items, each way a list grows: a search, a
    // field of a list of things, a list field.
    void listTooLong_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("length");
        QTest::newRow("search") << u"Search for Transactions:count"_s
                                << u"the search found more than 10000 things"_s << 23;
        QTest::newRow("field of a list")
            << u"Result of step 2's tags"_s
            << u"`Result of step 2's tags` gives more than 10000 values"_s << 23;
        QTest::newRow("list field")
            << u"Result of step 1's tags"_s << u"field `tags` holds more than 10000 values"_s << 23;
    }
    void listTooLong()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        QFETCH(int, length);
        QCOMPARE(Limits::maxListSize, 10000);
        Project big = m_project;
        Record transaction = big.records.at(3);
        for (int i = 0; i <= Limits::maxListSize; ++i) {
            transaction.id = u"bulk%1"_s.arg(i);
            big.records.append(transaction);
        }
        // One order over the limit alone, two that pass it together.
        const auto order = [&big](const QString &id, int tags) {
            QJsonArray values;
            for (int i = 0; i < tags; ++i)
                values.append(u"tag%1"_s.arg(i));
            Record record;
            record.id = id;
            record.type = u"Order"_s;
            record.values = {{u"tags"_s, values}};
            big.records.append(record);
            return Value::thing(u"Order"_s, id);
        };
        InMemoryDataSource data(big);
        data.setStepResult(1, order(u"huge"_s, Limits::maxListSize + 1));
        const int half = Limits::maxListSize / 2 + 1;
        data.setStepResult(2, Value::list({order(u"half1"_s, half), order(u"half2"_s, half)}));
        const Evaluation result = Evaluator(big, data).evaluate(*Parser::parse(source).root);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, u"list-too-long"_s);
        QCOMPARE(result.error->message, message);
        QCOMPARE(result.error->position, 0);
        QCOMPARE(result.error->length, length);
    }

    // The parser puts a search's field only inside its search, where the
    // search reads it; a tree built by hand can put it anywhere.
    void fieldOutsideASearch()
    {
        NodePtr root = Node::make(NodeKind::Comparison, Span{0, 10});
        root->compare = CompareOp::Greater;
        NodePtr field = Node::make(NodeKind::SearchField, Span{0, 6});
        field->name = u"amount"_s;
        root->addChild(std::move(field));
        root->addChild(Node::make(NodeKind::NumberLiteral, Span{9, 1}));
        InMemoryDataSource data = makeData({}, {});
        const Evaluation result = Evaluator(m_project, data).evaluate(*root);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, u"misplaced-field"_s);
        QCOMPARE(result.error->message, u"a field stands alone"_s);
        QCOMPARE(result.error->position, 0);
        QCOMPARE(result.error->length, 6);
    }

private:
    InMemoryDataSource makeData(const QString &user, const QString &thisThing)
    {
        InMemoryDataSource data(m_project);
        if (!user.isEmpty())
            data.setCurrentUser(m_ids.value(user));
        if (!thisThing.isEmpty()) {
            const QStringList parts = thisThing.split(u' ');
            data.setThis(Value::thing(parts.at(0), m_ids.value(parts.at(1))));
        }
        data.setParameter(u"amount"_s, Value::number(25));
        data.setParameter(u"note"_s, Value::text(u"Hello World"_s));
        data.setParameter(u"flag"_s, Value::yesNo(true));
        data.setParameter(u"tags"_s, Value::list({Value::text(u"a"_s), Value::text(u"b"_s)}));
        const Value t1 = Value::thing(u"Transaction"_s, m_ids.value(u"t1"_s));
        data.setStepResult(1, t1);
        data.setStepResult(2,
                           Value::list({t1, Value::thing(u"Transaction"_s, m_ids.value(u"t2"_s))}));
        data.setNow(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        return data;
    }
    // Record ids replaced by their names, so the table can say `User root`.
    QString withNames(QString text) const
    {
        for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
            text.replace(it.value(), it.key());
        return text;
    }

    Project m_project;
    QHash<QString, QString> m_ids;
};

QTEST_GUILESS_MAIN(tst_ExprEvaluator)
#include "tst_exprevaluator.moc"
