#include "ExprTestProject.h"

#include "expr/Checker.h"
#include "expr/ProjectExpressionChecker.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::expr;
using namespace Qt::Literals::StringLiterals;

// The checker: names that exist, types that fit, in every kind of place.
class tst_ExprChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_project = exprtest::makeProject(); }

    void valid_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("type");
        auto row = [](const char *name, const QString &context, const QString &source,
                      const QString &type) { QTest::newRow(name) << context << source << type; };
        row("demo self", u"rule User"_s, u"This User is Current User"_s, u"yes/no"_s);
        row("demo owner", u"rule Transaction"_s, u"This Transaction's Creator is Current User"_s,
            u"yes/no"_s);
        row("demo admins", u"rule Transaction"_s, u"Current User's admin is yes"_s, u"yes/no"_s);
        row("demo condition", u"condition create_transaction"_s, u"amount > 0"_s, u"yes/no"_s);
        row("demo email", u"value issue_token 1 email"_s, u"email"_s, u"text"_s);
        row("demo password", u"value signup 1 password"_s, u"password"_s, u"text"_s);
        row("demo stay", u"value issue_token 1 stay_logged_in"_s, u"stay_logged_in"_s, u"yes/no"_s);
        row("demo account", u"value create_transaction 1 account"_s, u"account"_s, u"text"_s);
        row("demo amount", u"value create_transaction 1 amount"_s, u"amount"_s, u"number"_s);
        row("demo tagged", u"value tag_my_transactions 1 tagged"_s, u"yes"_s, u"yes/no"_s);
        row("demo ok", u"value public_ping 1 pong"_s, u"\"ok\""_s, u"text"_s);
        row("demo recalculated", u"value internal_recalc 1 note"_s, u"\"recalculated\""_s,
            u"text"_s);
        row("demo step id", u"value create_transaction 2 id"_s, u"Result of step 1's _id"_s,
            u"text"_s);
        row("demo step amount", u"value create_transaction 2 amount"_s,
            u"Result of step 1's amount"_s, u"number"_s);
        row("demo changed count", u"value tag_my_transactions 2 changed"_s,
            u"Result of step 1:count"_s, u"number"_s);
        row("demo deleted count", u"value admin_cleanup 2 deleted"_s, u"Result of step 1:count"_s,
            u"number"_s);
        row("demo list target", u"target tag_my_transactions 1"_s, u"Search for Transactions"_s,
            u"list of Transaction"_s);
        row("demo where target", u"target admin_cleanup 1"_s,
            u"Search for Transactions where tagged is yes"_s, u"list of Transaction"_s);
        row("singular search", u"target admin_cleanup 1"_s, u"Search for Transaction"_s,
            u"list of Transaction"_s);
        row("created by", u"rule Transaction"_s, u"This Transaction's Created By is Current User"_s,
            u"yes/no"_s);
        row("this in list change", u"value test_wf 3 note"_s, u"This Transaction's account"_s,
            u"text"_s);
        row("empty fits anything", u"value test_wf 2 total"_s, u"empty"_s, u"empty"_s);
        row("date compare", u"value test_wf 4 x"_s, u"when < Current date/time"_s, u"yes/no"_s);
        row("list field count", u"value test_wf 4 x"_s, u"order's items:count"_s, u"number"_s);
        row("list of fields", u"value test_wf 4 x"_s, u"order's items's amount"_s,
            u"list of number"_s);
        row("first item", u"value test_wf 4 x"_s, u"order's items:first item's Creator"_s,
            u"User"_s);
        row("contains text", u"value test_wf 4 x"_s, u"note contains \"a\""_s, u"yes/no"_s);
        row("list contains", u"value test_wf 4 x"_s, u"order's tags doesn't contain note"_s,
            u"yes/no"_s);
        row("is in", u"value test_wf 4 x"_s, u"note is in ids"_s, u"yes/no"_s);
        row("file is text", u"value test_wf 4 x"_s, u"order's receipt is \"a.pdf\""_s, u"yes/no"_s);
        row("step before", u"step test_wf 3"_s, u"Result of step 2's paid is no"_s, u"yes/no"_s);
        row("logic", u"condition test_wf"_s,
            u"not (amount > 1 or note is empty) and order's owner is Current User"_s, u"yes/no"_s);
        row("search constraints", u"value test_wf 4 x"_s,
            u"(Search for Orders where total >= amount and owner is Current User):count"_s,
            u"number"_s);
        row("scheduled date", u"value test_wf 4 x"_s, u"order's due"_s, u"date"_s);
    }
    void valid()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, type);
        const CheckResult result =
            Checker::checkText(m_project, exprtest::makeContext(m_project, context), source);
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.message + u" | "_s + d.help;
        QVERIFY2(result.ok(), qPrintable(lines.join(u'\n')));
        QCOMPARE(result.type.displayName(), type);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("help");
        auto row = [](const char *name, const QString &context, const QString &source,
                      const QString &code, const QString &message, int position, int length,
                      const QString &help) {
            QTest::newRow(name) << context << source << code << message << position << length
                                << help;
        };
        const QString rule = u"rule Transaction"_s;
        const QString any = u"value test_wf 4 x"_s;
        row("unknown field", rule, u"This Transaction's amout > 1"_s, u"unknown-field"_s,
            u"no field `amout` on `Transaction`"_s, 0, 24, u"did you mean `amount`?"_s);
        row("unknown field far off", rule, u"This Transaction's zzzz is 1"_s, u"unknown-field"_s,
            u"no field `zzzz` on `Transaction`"_s, 0, 23, {});
        row("unknown type in search", any, u"Search for Transactoins:count"_s, u"unknown-type"_s,
            u"no data type `Transactoins`"_s, 0, 23,
            u"did you mean `Transactions`?"_s.replace(u"Transactions"_s, u"Transaction"_s));
        row("unknown constraint field", any, u"Search for Orders where totl > 1"_s,
            u"unknown-field"_s, u"no field `totl` on `Order`"_s, 24, 4, u"did you mean `total`?"_s);
        row("constraint mismatch", any, u"Search for Orders where paid is 1"_s, u"type-mismatch"_s,
            u"cannot compare `paid` (yes/no) with `1` (number)"_s, 24, 9, {});
        row("unknown parameter", u"condition create_transaction"_s, u"amout > 0"_s,
            u"unknown-parameter"_s, u"no parameter `amout` in this workflow"_s, 0, 5,
            u"did you mean `amount`?"_s);
        row("unknown parameter far off", u"condition create_transaction"_s, u"xyz"_s,
            u"unknown-parameter"_s, u"no parameter `xyz` in this workflow"_s, 0, 3,
            u"this workflow takes account, phone, amount"_s);
        row("no parameters at all", u"condition public_ping"_s, u"xyz"_s, u"unknown-parameter"_s,
            u"no parameter `xyz` in this workflow"_s, 0, 3, u"this workflow takes no parameters"_s);
        row("name in privacy rule", rule, u"owner is Current User"_s, u"unknown-name"_s,
            u"unknown name `owner`"_s, 0, 5,
            u"a privacy rule has no parameters; start from `This Transaction` or `Current User`"_s);
        row("no this", u"condition create_transaction"_s, u"This Transaction's amount > 0"_s,
            u"no-this"_s, u"there is no `This` thing here"_s, 0, 16,
            u"`This` is the thing a privacy rule or a change to a list is about"_s);
        row("wrong this", rule, u"This User is Current User"_s, u"wrong-this"_s,
            u"`This User` is not available here: `This` is a Transaction"_s, 0, 9,
            u"write `This Transaction`"_s);
        row("step after", u"step test_wf 2"_s, u"Result of step 2's paid"_s, u"no-such-step"_s,
            u"step 2 does not come before this point"_s, 0, 16,
            u"only step 1 comes before this point"_s);
        row("step in condition", u"condition test_wf"_s, u"Result of step 1:count > 0"_s,
            u"no-such-step"_s, u"step 1 does not come before this point"_s, 0, 16,
            u"no step comes before this point"_s);
        row("step far ahead", any, u"Result of step 9"_s, u"no-such-step"_s,
            u"step 9 does not come before this point"_s, 0, 16,
            u"steps 1 to 3 come before this point"_s);
        row("step without result", any, u"Result of step 1"_s, u"no-result"_s,
            u"step 1 (Send email) gives no result"_s, 0, 16, {});
        row("step in privacy rule", rule, u"Result of step 1 is empty"_s, u"no-such-step"_s,
            u"step 1 does not come before this point"_s, 0, 16,
            u"no step comes before this point"_s);
        row("field of number", any, u"amount's x"_s, u"not-a-thing"_s,
            u"`amount` is a number and has no fields"_s, 0, 10, {});
        row("count of number", any, u"amount:count"_s, u"not-a-list"_s,
            u"`:count` needs a list, but `amount` is a number"_s, 0, 12, {});
        row("first item of text", any, u"note:first item"_s, u"not-a-list"_s,
            u"`:first item` needs a list, but `note` is text"_s, 0, 15, {});
        row("is mismatch", any, u"amount is \"5\""_s, u"type-mismatch"_s,
            u"cannot compare `amount` (number) with `\"5\"` (text)"_s, 0, 13, {});
        row("things of two types", any, u"order is Current User"_s, u"type-mismatch"_s,
            u"cannot compare `order` (Order) with `Current User` (User)"_s, 0, 21, {});
        row("greater on text", any, u"note > 1"_s, u"type-mismatch"_s,
            u"`>` compares numbers or dates, but `note` is text"_s, 0, 8, {});
        row("less on list", any, u"1 < ids"_s, u"type-mismatch"_s,
            u"`<` compares numbers or dates, but `ids` is a list of text"_s, 0, 7, {});
        row("date against number", any, u"when >= 3"_s, u"type-mismatch"_s,
            u"cannot compare `when` (date) with `3` (number)"_s, 0, 9, {});
        row("contains on number", any, u"amount contains 1"_s, u"type-mismatch"_s,
            u"`contains` needs text or a list on its left, but `amount` is a number"_s, 0, 17, {});
        row("text contains number", any, u"note contains 1"_s, u"type-mismatch"_s,
            u"cannot compare `note` (text) with `1` (number)"_s, 0, 15, {});
        row("list contains wrong", any, u"ids contains 1"_s, u"type-mismatch"_s,
            u"cannot compare `ids` (text) with `1` (number)"_s, 0, 14, {});
        row("is in not a list", any, u"note is in note"_s, u"type-mismatch"_s,
            u"`is in` needs a list on its right, but `note` is text"_s, 0, 15, {});
        row("is in wrong element", any, u"amount is in ids"_s, u"type-mismatch"_s,
            u"cannot compare `amount` (number) with `ids` (text)"_s, 0, 16, {});
        row("and of number", any, u"yes and amount"_s, u"type-mismatch"_s,
            u"`and` needs yes/no values, but `amount` is a number"_s, 8, 6, {});
        row("or of text", any, u"note or no"_s, u"type-mismatch"_s,
            u"`or` needs yes/no values, but `note` is text"_s, 0, 4, {});
        row("not of list", any, u"not ids"_s, u"type-mismatch"_s,
            u"`not` needs yes/no values, but `ids` is a list of text"_s, 4, 3, {});
        row("condition not yes/no", u"condition create_transaction"_s, u"amount"_s,
            u"type-mismatch"_s, u"`amount` is a number, but a condition needs a yes/no"_s, 0, 6,
            {});
        row("rule not yes/no", rule, u"Current User"_s, u"type-mismatch"_s,
            u"`Current User` is a User, but a privacy rule's condition needs a yes/no"_s, 0, 12,
            {});
        row("field value mismatch", u"value create_transaction 1 amount"_s, u"account"_s,
            u"type-mismatch"_s, u"`account` is text, but field `amount` needs a number"_s, 0, 7,
            {});
        row("login value mismatch", u"value issue_token 1 stay_logged_in"_s, u"email"_s,
            u"type-mismatch"_s, u"`email` is text, but `stay_logged_in` needs a yes/no"_s, 0, 5,
            {});
        row("list target not a list", u"target admin_cleanup 1"_s, u"Current User"_s,
            u"type-mismatch"_s,
            u"`Current User` is a User, but the list to delete needs a list of Transaction"_s, 0,
            12, {});
        row("list target of other type", u"target tag_my_transactions 1"_s, u"Search for Users"_s,
            u"type-mismatch"_s,
            u"`Search for Users` is a list of User, but the list to change needs a list of Transaction"_s,
            0, 16, {});
        row("parse error passes through", rule, u"This Transaction's"_s, u"expected-value"_s,
            u"expected a field name after `'s`, found the end of the expression"_s, 18, 0, {});
    }
    void invalid()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, position);
        QFETCH(int, length);
        QFETCH(QString, help);
        const CheckResult result =
            Checker::checkText(m_project, exprtest::makeContext(m_project, context), source);
        QVERIFY(!result.ok());
        const Diagnostic &d = result.diagnostics.first();
        QCOMPARE(d.message, message);
        QCOMPARE(d.code, code);
        QCOMPARE(d.position, position);
        QCOMPARE(d.length, length);
        QCOMPARE(d.help, help);
    }

    void reportsEveryError()
    {
        const CheckResult result =
            Checker::checkText(m_project, exprtest::makeContext(m_project, u"condition test_wf"_s),
                               u"amout > 1 and nots is empty and order's totl > 1"_s);
        QCOMPARE(result.diagnostics.size(), 3);
        QCOMPARE(result.diagnostics.at(2).code, u"unknown-field"_s);
    }

    // The parser puts a search's field only inside its search, where the
    // search reads it; a tree built by hand can put it anywhere.
    void fieldOutsideASearch()
    {
        NodePtr root = Node::make(NodeKind::Not, Span{0, 10});
        NodePtr field = Node::make(NodeKind::SearchField, Span{4, 6});
        field->name = u"tagged"_s;
        root->addChild(std::move(field));
        const CheckResult result =
            Checker(m_project, exprtest::makeContext(m_project, u"target admin_cleanup 1"_s))
                .check(*root);
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.first();
        QCOMPARE(d.code, u"misplaced-field"_s);
        QCOMPARE(d.message, u"a field stands alone"_s);
        QCOMPARE(d.position, 4);
        QCOMPARE(d.length, 6);
    }

    void demoProjectIsClean()
    {
        const Diagnostics diagnostics = ProjectExpressionChecker::check(m_project);
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines << d.toString();
        QVERIFY2(diagnostics.isEmpty(), qPrintable(lines.join(u'\n')));
    }

    void brokenProject_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("line");
        QTest::newRow("rule")
            << u"rule"_s
            << u"data type `Transaction`, privacy rule `owner`, at character 1: no field `Creater` on `Transaction` (did you mean `Creator`?)"_s;
        QTest::newRow("workflow condition")
            << u"condition"_s
            << u"workflow `create_transaction`, condition, at character 1: no parameter `amout` in this workflow (did you mean `amount`?)"_s;
        QTest::newRow("later in the condition")
            << u"later condition"_s
            << u"workflow `create_transaction`, condition, at character 16: no parameter `amout` in this workflow (did you mean `amount`?)"_s;
        QTest::newRow("step condition")
            << u"step condition"_s
            << u"workflow `create_transaction`, step 2, condition, at character 1: `amount` is a number, but a condition needs a yes/no"_s;
        QTest::newRow("value")
            << u"value"_s
            << u"workflow `create_transaction`, step 2, value `amount`, at character 1: no field `amout` on `Transaction` (did you mean `amount`?)"_s;
        QTest::newRow("empty value")
            << u"empty value"_s
            << u"workflow `public_ping`, step 1, value `pong`, at character 1: the expression is empty"_s;
        QTest::newRow("target")
            << u"target"_s
            << u"workflow `admin_cleanup`, step 1, list to delete, at character 31: no field `taged` on `Transaction` (did you mean `tagged`?)"_s;
    }
    void brokenProject()
    {
        QFETCH(QString, edit);
        QFETCH(QString, line);
        Project project = m_project;
        Workflow &create = project.workflows[project.indexOfWorkflow(u"create_transaction"_s)];
        if (edit == u"rule"_s)
            project.dataTypes[1].privacyRules[0].condition =
                u"This Transaction's Creater is Current User"_s;
        else if (edit == u"condition"_s)
            create.condition = u"amout > 0"_s;
        else if (edit == u"later condition"_s)
            create.condition = u"amount > 0 and amout > 1"_s;
        else if (edit == u"step condition"_s)
            create.actions[1].condition = u"amount"_s;
        else if (edit == u"value"_s)
            create.actions[1].assignments[1].value = u"Result of step 1's amout"_s;
        else if (edit == u"empty value"_s)
            project.workflows[project.indexOfWorkflow(u"public_ping"_s)]
                .actions[0]
                .assignments[0]
                .value = u" "_s;
        else
            project.workflows[project.indexOfWorkflow(u"admin_cleanup"_s)].actions[0].target =
                u"Search for Transactions where taged is yes"_s;
        const Diagnostics diagnostics = ProjectExpressionChecker::check(project);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().toString(), line);
    }

private:
    Project m_project;
};

QTEST_GUILESS_MAIN(tst_ExprChecker)
#include "tst_exprchecker.moc"
