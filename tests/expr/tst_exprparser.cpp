#include "expr/AstDump.h"
#include "expr/Lexer.h"
#include "expr/Parser.h"
#include "expr/Printer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::expr;

namespace {
QString kindName(TokenKind kind)
{
    static const QStringList names{u"word"_s, u"name"_s, u"text"_s, u"number"_s, u"'s"_s,
                                   u":"_s,    u"/"_s,    u"("_s,    u")"_s,      u">"_s,
                                   u"<"_s,    u">="_s,   u"<="_s,   u"end"_s};
    return names.value(static_cast<int>(kind));
}
} // namespace

// Lexer, parser and printer: text in, tree or error out, tree back to text.
class tst_ExprParser : public QObject
{
    Q_OBJECT

private slots:
    void lexer_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("tokens");
        QTest::newRow("possessive") << u"This User's email"_s << u"word word 's word end"_s;
        QTest::newRow("typographic apostrophe")
            << u"This User\u2019s email"_s << u"word word 's word end"_s;
        QTest::newRow("doesn't is one word")
            << u"a doesn't contain b"_s << u"word word word word end"_s;
        QTest::newRow("text with escapes") << u"\"a\\\"b\\\\c\\n\""_s << u"text end"_s;
        QTest::newRow("negative number") << u"-3.25"_s << u"number end"_s;
        QTest::newRow("symbols") << u"( ) : / > < >= <="_s << u"( ) : / > < >= <= end"_s;
        QTest::newRow("backticked name") << u"`is active`"_s << u"name end"_s;
        QTest::newRow("hyphenated word") << u"stay-logged-in"_s << u"word end"_s;
        QTest::newRow("step possessive")
            << u"Result of step 1's _id"_s << u"word word word number 's word end"_s;
        QTest::newRow("date slash time") << u"Current date/time"_s << u"word word / word end"_s;
        QTest::newRow("count") << u"x:count"_s << u"word : word end"_s;
        QTest::newRow("only spaces") << u"  \t "_s << u"end"_s;
    }
    void lexer()
    {
        QFETCH(QString, source);
        QFETCH(QString, tokens);
        QList<Token> out;
        const auto error = Lexer(source).tokenize(out);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QStringList kinds;
        for (const Token &token : out)
            kinds << kindName(token.kind);
        QCOMPARE(kinds.join(u' '), tokens);
    }

    void lexerValues()
    {
        QList<Token> out;
        QVERIFY(!Lexer(u"\"a\\\"b\\\\c\\n\\t\\r\" -3.25 `x y`"_s).tokenize(out));
        QCOMPARE(out.at(0).text, u"a\"b\\c\n\t\r"_s);
        QCOMPARE(out.at(1).number, -3.25);
        QCOMPARE(out.at(2).text, u"x y"_s);
        QCOMPARE(out.at(2).span, (Span{22, 5}));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("tree");
        auto row = [](const char *name, const QString &source, const QString &tree) {
            QTest::newRow(name) << source << tree;
        };
        row("demo self", u"This User is Current User"_s, u"(is (this [User]) current-user)"_s);
        row("demo owner", u"This Transaction's Creator is Current User"_s,
            u"(is (get [Creator] (this [Transaction])) current-user)"_s);
        row("demo admins", u"Current User's admin is yes"_s,
            u"(is (get [admin] current-user) yes)"_s);
        row("demo condition", u"amount > 0"_s, u"(> (param [amount]) 0)"_s);
        row("demo parameter", u"stay_logged_in"_s, u"(param [stay_logged_in])"_s);
        row("demo text", u"\"ok\""_s, u"\"ok\""_s);
        row("demo step id", u"Result of step 1's _id"_s, u"(get [_id] (step 1))"_s);
        row("demo step count", u"Result of step 1:count"_s, u"(count (step 1))"_s);
        row("demo search", u"Search for Transactions"_s, u"(search [Transactions])"_s);
        row("demo search where", u"Search for Transactions where tagged is yes"_s,
            u"(search [Transactions] (is (field [tagged]) yes))"_s);
        row("two constraints", u"Search for Transactions where amount > 5 and note is empty"_s,
            u"(search [Transactions] (> (field [amount]) 5) (is (field [note]) empty))"_s);
        row("parenthesised search", u"(Search for Transactions where amount > 5):count > 1"_s,
            u"(> (count (search [Transactions] (> (field [amount]) 5))) 1)"_s);
        row("and binds tighter", u"a is 1 or b is 2 and c is 3"_s,
            u"(or (is (param [a]) 1) (and (is (param [b]) 2) (is (param [c]) 3)))"_s);
        row("and chain is flat", u"a and b and c"_s,
            u"(and (param [a]) (param [b]) (param [c]))"_s);
        row("parentheses group", u"(a or b) and c"_s,
            u"(and (or (param [a]) (param [b])) (param [c]))"_s);
        row("not", u"not a is b"_s, u"(not (is (param [a]) (param [b])))"_s);
        row("not not", u"not not yes"_s, u"(not (not yes))"_s);
        row("is not", u"a is not b"_s, u"(is-not (param [a]) (param [b]))"_s);
        row("is empty", u"note is empty"_s, u"(is (param [note]) empty)"_s);
        row("is not empty", u"note is not empty"_s, u"(is-not (param [note]) empty)"_s);
        row("is in", u"Current User is in Search for Users"_s,
            u"(is-in current-user (search [Users]))"_s);
        row("contains", u"email contains \"@\""_s, u"(contains (param [email]) \"@\")"_s);
        row("doesn't contain", u"email doesn't contain \"@\""_s,
            u"(doesn't-contain (param [email]) \"@\")"_s);
        row("greater or equal", u"amount >= 10.5"_s, u"(>= (param [amount]) 10.5)"_s);
        row("less", u"amount < -1"_s, u"(< (param [amount]) -1)"_s);
        row("less or equal", u"amount<=2"_s, u"(<= (param [amount]) 2)"_s);
        row("current date", u"Current date/time"_s, u"now"_s);
        row("multi-word field", u"This Transaction's Created By's email"_s,
            u"(get [email] (get [Created By] (this [Transaction])))"_s);
        row("backticked field", u"This Thing's `is active` is yes"_s,
            u"(is (get [is active] (this [Thing])) yes)"_s);
        row("backticked parameter", u"`yes`"_s, u"(param [yes])"_s);
        row("first item", u"(Search for Transactions):first item's amount"_s,
            u"(get [amount] (first (search [Transactions])))"_s);
        row("keywords ignore case", u"this user IS current user"_s,
            u"(is (this [user]) current-user)"_s);
        row("empty literal", u"empty is empty"_s, u"(is empty empty)"_s);
        row("no literal", u"no"_s, u"no"_s);
        row("search in constraint",
            u"Search for Transactions where Creator is in Search for Users where admin is yes"_s,
            u"(search [Transactions] (is-in (field [Creator]) (search [Users] (is (field [admin]) yes))))"_s);
        row("field with digits", u"This Thing's address 2"_s,
            u"(get [address 2] (this [Thing]))"_s);
        row("text with quote", u"\"say \\\"hi\\\"\""_s, u"\"say \\\"hi\\\"\""_s);
    }
    void parse()
    {
        QFETCH(QString, source);
        QFETCH(QString, tree);
        const ParseResult result = Parser::parse(source);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(AstDump::dump(*result.root), tree);
    }

    void spans()
    {
        const ParseResult result = Parser::parse(u"x or This Transaction's amount > 5"_s);
        QVERIFY(result.ok());
        const Node &comparison = result.root->child(1);
        QCOMPARE(comparison.span, (Span{5, 29}));
        QCOMPARE(comparison.child(0).span, (Span{5, 25}));
        QCOMPARE(comparison.child(0).child(0).span, (Span{5, 16}));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("help");
        auto row = [](const char *name, const QString &source, const QString &code,
                      const QString &message, int position, int length, const QString &help) {
            QTest::newRow(name) << source << code << message << position << length << help;
        };
        row("empty", u"   "_s, u"empty-expression"_s, u"the expression is empty"_s, 0, 3, {});
        row("too long", QString(10001, u'a'), u"too-long"_s,
            u"the expression is longer than 10000 characters"_s, 10000, 1, {});
        row("equals sign", u"a = b"_s, u"unexpected-character"_s, u"unexpected character `=`"_s, 2,
            1, u"write `is` to compare, as in `amount is 5`"_s);
        row("stray character", u"a # b"_s, u"unexpected-character"_s, u"unexpected character `#`"_s,
            2, 1, {});
        row("control character", u"a \u0001"_s, u"unexpected-character"_s,
            u"unexpected character `U+0001`"_s, 2, 1, {});
        row("single quote", u"'ok'"_s, u"unexpected-character"_s, u"unexpected character `'`"_s, 0,
            1, u"write `'s` to reach a field, as in `Current User's email`"_s);
        row("bad escape", u"\"a\\qb\""_s, u"invalid-escape"_s, u"unknown escape `\\q` in a text"_s,
            2, 2, u"use `\\\"`, `\\\\`, `\\n`, `\\t` or `\\r`"_s);
        row("unterminated text", u"x is \"abc"_s, u"unterminated-text"_s,
            u"this text has no closing `\"`"_s, 5, 4, u"end the text with `\"`"_s);
        row("backslash at end", u"\"abc\\"_s, u"unterminated-text"_s,
            u"this text has no closing `\"`"_s, 0, 5, u"end the text with `\"`"_s);
        row("unterminated name", u"This `Thing"_s, u"unterminated-name"_s,
            u"this name has no closing backtick"_s, 5, 6, u"end the name with a backtick"_s);
        row("empty name", u"` `"_s, u"empty-name"_s, u"a name in backticks is empty"_s, 0, 3, {});
        row("huge number", u"1"_s + QString(400, u'9'), u"invalid-number"_s,
            u"number `1"_s + QString(400, u'9') + u"` is too large"_s, 0, 401, {});
        row("unexpected word", u"amount > 0 amount"_s, u"unexpected-token"_s,
            u"unexpected `amount`"_s, 11, 6, u"join conditions with `and` or `or`"_s);
        row("chained comparison", u"a is b is c"_s, u"unexpected-token"_s, u"unexpected `is`"_s, 7,
            2, u"join conditions with `and` or `or`"_s);
        row("unmatched close", u"a)"_s, u"unmatched-parenthesis"_s,
            u"this `)` has no matching `(`"_s, 1, 1, u"remove it, or add `(` before it"_s);
        row("unclosed open", u"(a or b"_s, u"unclosed-parenthesis"_s,
            u"this `(` has no matching `)`"_s, 0, 1, u"add `)` before the end of the expression"_s);
        row("missing right side", u"amount >"_s, u"expected-value"_s,
            u"expected a value, found the end of the expression"_s, 8, 0, {});
        row("keyword as value", u"and"_s, u"expected-value"_s, u"expected a value, found `and`"_s,
            0, 3, {});
        row("missing field", u"Current User's"_s, u"expected-value"_s,
            u"expected a field name after `'s`, found the end of the expression"_s, 14, 0, {});
        row("current alone", u"Current"_s, u"expected-word"_s,
            u"expected `User` or `date/time` after `Current`"_s, 7, 0,
            u"write `Current User` or `Current date/time`"_s);
        row("this alone", u"This is yes"_s, u"expected-value"_s,
            u"expected a data type after `This`, found `is`"_s, 5, 2,
            u"for example `This Transaction`"_s);
        row("result without step", u"Result 1"_s, u"expected-word"_s,
            u"expected `of step` after `Result`"_s, 7, 1, u"write `Result of step 1`"_s);
        row("step without number", u"Result of step one"_s, u"expected-value"_s,
            u"expected a step number after `Result of step`, found `one`"_s, 15, 3,
            u"write `Result of step 1`"_s);
        row("step zero", u"Result of step 0"_s, u"invalid-step-number"_s,
            u"`0` is not a step number"_s, 15, 1, u"steps are counted from 1"_s);
        row("step fraction", u"Result of step 1.5"_s, u"invalid-step-number"_s,
            u"`1.5` is not a step number"_s, 15, 3, u"steps are counted from 1"_s);
        row("search without for", u"Search Transactions"_s, u"expected-word"_s,
            u"expected `for` after `Search`"_s, 7, 12, u"write `Search for Transactions`"_s);
        row("search without type", u"Search for where"_s, u"expected-value"_s,
            u"expected a data type after `Search for`, found `where`"_s, 11, 5,
            u"for example `Search for Transactions`"_s);
        row("where without field", u"Search for Transactions where > 1"_s, u"expected-value"_s,
            u"expected a field to constrain, found `>`"_s, 30, 1,
            u"for example `where tagged is yes`"_s);
        row("constraint without operator", u"Search for Transactions where tagged"_s,
            u"expected-value"_s,
            u"expected an operator after `tagged`, found the end of the expression"_s, 36, 0,
            u"for example `is`, `>` or `contains`"_s);
        row("search needs parentheses", u"Search for Transactions where tagged is yes or x"_s,
            u"search-needs-parentheses"_s,
            u"a search with constraints must end the expression or sit in parentheses"_s, 44, 2,
            u"write `(Search for ... where ...)` before `or`"_s);
        row("doesn't alone", u"a doesn't b"_s, u"expected-word"_s,
            u"expected `contain` after `doesn't`"_s, 10, 1, u"write `doesn't contain`"_s);
        row("unknown list operator", u"x:cont"_s, u"unknown-list-operator"_s,
            u"unknown list operator `cont`"_s, 2, 4, u"did you mean `count`?"_s);
        row("list operator far off", u"x:sum"_s, u"unknown-list-operator"_s,
            u"unknown list operator `sum`"_s, 2, 3, u"use `:count` or `:first item`"_s);
        row("colon at end", u"x:"_s, u"unknown-list-operator"_s,
            u"expected a list operator after `:`"_s, 1, 1, u"use `:count` or `:first item`"_s);
        row("too deep parentheses", QString(70, u'(') + u"a"_s + QString(70, u')'), u"too-deep"_s,
            u"the expression is nested more than 64 levels deep"_s, 64, 1,
            u"split it into simpler conditions"_s);
        row("too deep not", QString(70 * 4, u' ').replace(u"    "_s, u"not "_s) + u"yes"_s,
            u"too-deep"_s, u"the expression is nested more than 64 levels deep"_s, 252, 3,
            u"split it into simpler conditions"_s);
    }
    void errors()
    {
        QFETCH(QString, source);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, position);
        QFETCH(int, length);
        QFETCH(QString, help);
        const ParseResult result = Parser::parse(source);
        QVERIFY(!result.ok());
        QVERIFY(result.error.has_value());
        QCOMPARE(result.error->message, message);
        QCOMPARE(result.error->code, code);
        QCOMPARE(result.error->position, position);
        QCOMPARE(result.error->length, length);
        QCOMPARE(result.error->help, help);
    }

    void tooDeepPath()
    {
        QString source = u"Current User"_s;
        for (int i = 0; i < 80; ++i)
            source += u"'s Created By"_s;
        const ParseResult result = Parser::parse(source);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, u"too-deep"_s);
    }

    void print_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char *name, const QString &source, const QString &canonical) {
            QTest::newRow(name) << source << canonical;
        };
        row("demo owner", u"This Transaction's Creator is Current User"_s,
            u"This Transaction's Creator is Current User"_s);
        row("demo search", u"Search for Transactions where tagged is yes"_s,
            u"Search for Transactions where tagged is yes"_s);
        row("spacing and case", u"  this  user   IS  current user "_s,
            u"This user is Current User"_s);
        row("needless parentheses", u"((a)) and (b is c)"_s, u"a and b is c"_s);
        row("needed parentheses", u"(a or b) and c"_s, u"(a or b) and c"_s);
        row("nested or", u"(a or b) or c"_s, u"(a or b) or c"_s);
        row("not keeps comparison", u"not (a is b)"_s, u"not a is b"_s);
        row("not of or", u"not (a or b)"_s, u"not (a or b)"_s);
        row("comparison operand", u"(a is b) is yes"_s, u"(a is b) is yes"_s);
        row("search in comparison", u"x is in Search for Users where admin is yes"_s,
            u"x is in (Search for Users where admin is yes)"_s);
        row("search count", u"(Search for Transactions where amount>5):count"_s,
            u"(Search for Transactions where amount > 5):count"_s);
        row("plain search count", u"Search for Transactions :count"_s,
            u"Search for Transactions:count"_s);
        row("escapes", u"\"a\\\"b\\\\c\\nd\\te\\rf\""_s, u"\"a\\\"b\\\\c\\nd\\te\\rf\""_s);
        row("number forms", u"x > 007.50"_s, u"x > 7.5"_s);
        row("large number", u"x > 100000000000000000000"_s, u"x > 100000000000000000000"_s);
        row("backticked keyword field", u"This T's `is active`"_s, u"This T's `is active`"_s);
        row("needless backticks", u"This T's `amount`"_s, u"This T's amount"_s);
        row("keyword parameter", u"`empty` is empty"_s, u"`empty` is empty"_s);
        row("operators", u"a>=1 and b<=2 and c<3 and d>4"_s,
            u"a >= 1 and b <= 2 and c < 3 and d > 4"_s);
        row("doesn't contain", u"a DOESN'T CONTAIN \"x\""_s, u"a doesn't contain \"x\""_s);
        row("typographic apostrophe", u"Current User\u2019s email"_s, u"Current User's email"_s);
        row("first item", u"Result of step 2 : first item 's amount"_s,
            u"Result of step 2:first item's amount"_s);
        row("date", u"Current date/time > x"_s, u"Current date/time > x"_s);
        row("nested search needs parens",
            u"Search for A where b is in (Search for C where d is 1) and e is 2"_s,
            u"Search for A where b is in (Search for C where d is 1) and e is 2"_s);
        row("digit name word", u"This T's address 2 is \"x\""_s, u"This T's address 2 is \"x\""_s);
    }
    void print()
    {
        QFETCH(QString, source);
        QFETCH(QString, canonical);
        const ParseResult first = Parser::parse(source);
        QVERIFY(first.ok());
        const QString printed = Printer::print(*first.root);
        QCOMPARE(printed, canonical);
        const ParseResult second = Parser::parse(printed);
        QVERIFY2(second.ok(), qPrintable(second.error ? second.error->message : QString()));
        QCOMPARE(AstDump::dump(*second.root), AstDump::dump(*first.root));
    }
};

QTEST_GUILESS_MAIN(tst_ExprParser)
#include "tst_exprparser.moc"
