// `gatehouse-cli suite`: add and list saved requests (each bad input named,
// the file untouched), run them over real HTTP as their principals on a
// throwaway copy (the live file untouched), JUnit for CI. The exports are
// tst_suiteexport's.
#include "SuiteCliSupport.h"

#include "storage/ProjectFile.h"
#include "storage/TokenFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

namespace {
// What a CI system reads of a JUnit file: the first testsuite's counts and
// how many testcase and failure elements there are.
struct JUnit
{
    bool valid = false;
    QString tests, failures;
    int testcases = 0, failureElements = 0;
};

JUnit readJUnit(const QByteArray &xml)
{
    JUnit junit;
    QXmlStreamReader reader(xml);
    bool inSuite = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"testsuite"_s && !inSuite) {
            inSuite = true;
            junit.tests = reader.attributes().value(u"tests"_s).toString();
            junit.failures = reader.attributes().value(u"failures"_s).toString();
        }
        junit.testcases += reader.name() == u"testcase"_s;
        junit.failureElements += reader.name() == u"failure"_s;
    }
    junit.valid = !reader.hasError() && inSuite;
    return junit;
}
} // namespace

class tst_SuiteCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_errors = freshDemo(m_dir.path(), u"errors"_s);
        QVERIFY(!m_errors.isEmpty());
        QVERIFY(!createToken(m_errors, u"ci"_s, {u"--admin"_s}).isEmpty());
    }

    void addThenList()
    {
        const QString project = freshDemo(m_dir.path(), u"list"_s);
        addSaved(project, {u"ping"_s, u"--workflow"_s, u"public_ping"_s, u"--as"_s, u"anonymous"_s,
                           u"--expect"_s, u"200"_s});
        addSaved(project, {u"alice pays"_s, u"--workflow"_s, u"create_transaction"_s, u"--as"_s,
                           u"alice@example.com"_s, u"--body"_s,
                           uR"({"account":"ACC-1","phone":"1","amount":5})"_s, u"--expect"_s,
                           u"200"_s, u"--expect-body"_s, u"response.amount=5"_s});
        addSaved(project, {u"list tx"_s, u"--data"_s, u"Transaction:list"_s, u"--as"_s,
                           u"anonymous"_s, u"--query"_s, u"limit=2"_s, u"--expect"_s, u"200"_s});
        const Run listed = cli({u"suite"_s, u"list"_s, project});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QStringList shown = lines(listed.out);
        QCOMPARE(shown.size(), 3);
        QCOMPARE(shown.at(0), u"ping: POST /api/1.1/wf/public_ping as anonymous, expects 200"_s);
        QCOMPARE(shown.at(1), u"alice pays: POST /api/1.1/wf/create_transaction as "
                              "alice@example.com, expects 200 and response.amount=5"_s);
        QCOMPARE(shown.at(2),
                 u"list tx: GET /api/1.1/obj/transaction?limit=2 as anonymous, expects 200"_s);
    }

    void addRefuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        const QStringList wf{u"--workflow"_s, u"public_ping"_s};
        const QStringList as{u"--as"_s, u"anonymous"_s};
        const QStringList expect{u"--expect"_s, u"200"_s};
        QTest::newRow("unknown workflow")
            << (QStringList{u"x"_s, u"--workflow"_s, u"nope"_s} + as + expect) << 1
            << u"calls workflow `nope`, which does not exist"_s;
        QTest::newRow("unknown type")
            << (QStringList{u"x"_s, u"--data"_s, u"Nope:list"_s} + as + expect) << 1
            << u"calls data type `Nope`, which does not exist"_s;
        QTest::newRow("unknown operation")
            << (QStringList{u"x"_s, u"--data"_s, u"Transaction:steal"_s} + as + expect) << 2
            << u"unknown operation `steal`"_s;
        QTest::newRow("get without id")
            << (QStringList{u"x"_s, u"--data"_s, u"Transaction:get"_s} + as + expect) << 1
            << u"operation get needs the id of a thing"_s;
        QTest::newRow("unknown user")
            << (QStringList{u"x"_s} + wf + QStringList{u"--as"_s, u"eve@example.com"_s} + expect)
            << 1 << u"acts as user `eve@example.com`, who does not exist"_s;
        QTest::newRow("unknown token")
            << (QStringList{u"x"_s} + wf + QStringList{u"--as"_s, u"token:gone"_s} + expect) << 1
            << u"acts as token `gone`, which does not exist"_s;
        QTest::newRow("bad body") << (QStringList{u"x"_s} + wf + as + expect +
                                      QStringList{u"--body"_s, u"{oops"_s})
                                  << 2 << u"--body is not a JSON object"_s;
        QTest::newRow("bad expected body")
            << (QStringList{u"x"_s} + wf + as + expect +
                QStringList{u"--expect-body"_s, u"response.a={"_s})
            << 2 << u"--expect-body `response.a={`: the value after = is not JSON"_s;
        QTest::newRow("bad query")
            << (QStringList{u"x"_s} + wf + as + expect + QStringList{u"--query"_s, u"novalue"_s})
            << 2 << u"--query takes KEY=VALUE, not `novalue`"_s;
        QTest::newRow("bad status")
            << (QStringList{u"x"_s} + wf + as + QStringList{u"--expect"_s, u"abc"_s}) << 2
            << u"--expect takes a status from 100 to 599, not `abc`"_s;
        QTest::newRow("no expect")
            << (QStringList{u"x"_s} + wf + as) << 2 << u"suite add needs --expect STATUS"_s;
        QTest::newRow("both targets")
            << (QStringList{u"x"_s} + wf + QStringList{u"--data"_s, u"Transaction:list"_s} + as +
                expect)
            << 2 << u"suite add needs one of --workflow W or --data TYPE:OPERATION"_s;
        QTest::newRow("option of another action")
            << (QStringList{u"x"_s} + wf + as + expect + QStringList{u"--junit"_s, u"r.xml"_s}) << 2
            << u"suite add does not take --junit"_s;
        QTest::newRow("bad principal")
            << (QStringList{u"x"_s} + wf + QStringList{u"--as"_s, u"token:"_s} + expect) << 2
            << u"--as "_s;
    }

    void addRefuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        const QByteArray before = contents(m_errors);
        const Run run = cli(QStringList{u"suite"_s, u"add"_s, m_errors} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.out, QString());
        QCOMPARE(contents(m_errors), before);
        QCOMPARE(cli({u"suite"_s, u"list"_s, m_errors}).out, QString());
    }

    void addRefusesATakenName()
    {
        const QString project = freshDemo(m_dir.path(), u"taken"_s);
        addSaved(project, {u"ping"_s, u"--workflow"_s, u"public_ping"_s, u"--as"_s, u"anonymous"_s,
                           u"--expect"_s, u"200"_s});
        const Run again = cli({u"suite"_s, u"add"_s, project, u"ping"_s, u"--workflow"_s,
                               u"signup"_s, u"--as"_s, u"anonymous"_s, u"--expect"_s, u"400"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"a saved request named `ping` exists"_s),
                 qPrintable(again.err));
        QCOMPARE(lines(cli({u"suite"_s, u"list"_s, project}).out).size(), 1);
    }

    void addKeepsARevokedTokenRevoked()
    {
        const QString project = freshDemo(m_dir.path(), u"revoked"_s);
        QVERIFY(!createToken(project, u"old"_s, {u"--admin"_s}).isEmpty());
        QCOMPARE(cli({u"token"_s, u"revoke"_s, project, u"old"_s}).exitCode, 0);
        addSaved(project, {u"old admin"_s, u"--workflow"_s, u"admin_cleanup"_s, u"--as"_s,
                           u"token:old"_s, u"--expect"_s, u"401"_s});
        const Run shown = cli({u"token"_s, u"show"_s, project, u"old"_s});
        QVERIFY2(shown.out.contains(u"state:     revoked"_s), qPrintable(shown.out));
    }

    void runAsEveryPrincipal()
    {
        const QString project = freshDemo(m_dir.path(), u"run"_s);
        const QString adminSecret = createToken(project, u"ci"_s, {u"--admin"_s});
        QVERIFY(
            !createToken(project, u"alice app"_s, {u"--user"_s, u"alice@example.com"_s}).isEmpty());
        QVERIFY(!createToken(project, u"gone"_s, {u"--admin"_s}).isEmpty());
        QCOMPARE(cli({u"token"_s, u"revoke"_s, project, u"gone"_s}).exitCode, 0);
        const QString tx = uR"({"account":"ACC-9","phone":"+1 555","amount":25})"_s;
        addSaved(project, {u"ping"_s, u"--workflow"_s, u"public_ping"_s, u"--as"_s, u"anonymous"_s,
                           u"--expect"_s, u"200"_s});
        addSaved(project, {u"anonymous pays"_s, u"--workflow"_s, u"create_transaction"_s, u"--as"_s,
                           u"anonymous"_s, u"--body"_s, tx, u"--expect"_s, u"401"_s});
        addSaved(project, {u"alice pays"_s, u"--workflow"_s, u"create_transaction"_s, u"--as"_s,
                           u"alice@example.com"_s, u"--body"_s, tx, u"--expect"_s, u"200"_s,
                           u"--expect-body"_s, u"response.amount=25"_s});
        addSaved(project,
                 {u"alice's app pays"_s, u"--workflow"_s, u"create_transaction"_s, u"--as"_s,
                  u"token:alice app"_s, u"--body"_s, tx, u"--expect"_s, u"200"_s});
        addSaved(project, {u"admin cleans"_s, u"--workflow"_s, u"admin_cleanup"_s, u"--as"_s,
                           u"token:ci"_s, u"--expect"_s, u"200"_s});
        addSaved(project, {u"revoked cleans"_s, u"--workflow"_s, u"admin_cleanup"_s, u"--as"_s,
                           u"token:gone"_s, u"--expect"_s, u"401"_s});
        addSaved(project, {u"admin lists"_s, u"--data"_s, u"Transaction:list"_s, u"--as"_s,
                           u"token:ci"_s, u"--expect"_s, u"200"_s});
        const QByteArray logBefore = cli({u"log"_s, project}).out.toUtf8();
        const QString shownBefore = cli({u"token"_s, u"show"_s, project, u"ci"_s}).out;
        const QByteArray fileBefore = contents(project);

        const QString junit = m_dir.filePath(u"run.xml"_s);
        const Run run = cli({u"suite"_s, u"run"_s, project, u"--junit"_s, junit});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QStringList shown = lines(run.out);
        QCOMPARE(shown.size(), 8);
        QCOMPARE(shown.at(0), u"PASS ping: 200 (expected 200)"_s);
        QCOMPARE(shown.at(1), u"PASS anonymous pays: 401 (expected 401)"_s);
        QCOMPARE(shown.at(2), u"PASS alice pays: 200 (expected 200)"_s);
        QCOMPARE(shown.at(5), u"PASS revoked cleans: 401 (expected 401)"_s);
        QCOMPARE(shown.last(), u"7 passed, 0 failed"_s);
        QVERIFY(!run.out.contains(adminSecret));

        // The user's file is as it was, byte for byte: no request log entry,
        // no transaction made, the token's hash and last use untouched.
        QCOMPARE(cli({u"log"_s, project}).out.toUtf8(), logBefore);
        QCOMPARE(cli({u"token"_s, u"show"_s, project, u"ci"_s}).out, shownBefore);
        QCOMPARE(contents(project), fileBefore);

        const JUnit report = readJUnit(contents(junit));
        QVERIFY(report.valid);
        QCOMPARE(report.tests, u"7"_s);
        QCOMPARE(report.failures, u"0"_s);
        QCOMPARE(report.testcases, 7);
    }

    void runRefusesAnExpiredToken()
    {
        const QString project = freshDemo(m_dir.path(), u"expired"_s);
        QVERIFY(!createToken(project, u"old"_s, {u"--admin"_s, u"--expires-in"_s, u"3600"_s})
                     .isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto expired = TokenFile(project).change([&](const Project &context) {
            QList<Token> tokens = context.tokens;
            tokens[0].created = now.addSecs(-7200);
            tokens[0].expires = now.addSecs(-60);
            return Result<QList<Token>>(tokens);
        });
        QVERIFY2(expired, qPrintable(expired.errorMessage()));
        addSaved(project, {u"refused"_s, u"--workflow"_s, u"admin_cleanup"_s, u"--as"_s,
                           u"token:old"_s, u"--expect"_s, u"401"_s});
        addSaved(project, {u"hoped"_s, u"--workflow"_s, u"admin_cleanup"_s, u"--as"_s,
                           u"token:old"_s, u"--expect"_s, u"200"_s});
        const Run run = cli({u"suite"_s, u"run"_s, project});
        QCOMPARE(run.exitCode, 1);
        const QStringList shown = lines(run.out);
        QCOMPARE(shown.at(0), u"PASS refused: 401 (expected 401)"_s);
        QVERIFY2(shown.at(1).startsWith(u"FAIL hoped: 401 (expected 200): the server said: "_s),
                 qPrintable(run.out));
    }

    // More calls to one workflow than a client may make in a minute: the
    // suite is one loopback client, and its length must not fail it.
    void runsALongSuite()
    {
        const QString path = freshDemo(m_dir.path(), u"long"_s);
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        Project project = loaded.value();
        const int count = project.settings.limits.requestsPerMinutePerClientWorkflow + 5;
        QVERIFY(count > 5);
        for (int i = 0; i < count; ++i) {
            SavedRequest ping;
            ping.name = u"ping %1"_s.arg(i);
            ping.workflow = u"public_ping"_s;
            project.savedRequests.append(ping);
        }
        QVERIFY(ProjectFile::save(project, path));
        const Run run = cli({u"suite"_s, u"run"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(400)));
        QCOMPARE(lines(run.out).last(), u"%1 passed, 0 failed"_s.arg(count));
    }

    void runFailsOnAMismatch()
    {
        const QString project = freshDemo(m_dir.path(), u"fail"_s);
        addSaved(project, {u"ping"_s, u"--workflow"_s, u"public_ping"_s, u"--as"_s, u"anonymous"_s,
                           u"--expect"_s, u"200"_s});
        addSaved(project, {u"wrong"_s, u"--workflow"_s, u"admin_cleanup"_s, u"--as"_s,
                           u"anonymous"_s, u"--expect"_s, u"200"_s});
        addSaved(project,
                 {u"wrong body"_s, u"--workflow"_s, u"public_ping"_s, u"--as"_s, u"anonymous"_s,
                  u"--expect"_s, u"200"_s, u"--expect-body"_s, u"status=\"nope\""_s});
        const QString junit = m_dir.filePath(u"fail.xml"_s);
        const Run run = cli({u"suite"_s, u"run"_s, project, u"--junit"_s, junit});
        QCOMPARE(run.exitCode, 1);
        const QStringList shown = lines(run.out);
        QCOMPARE(shown.at(0), u"PASS ping: 200 (expected 200)"_s);
        QVERIFY2(shown.at(1).startsWith(u"FAIL wrong: 401 (expected 200): "_s),
                 qPrintable(run.out));
        QVERIFY2(shown.at(2).startsWith(u"FAIL wrong body: 200 (expected 200): status is "_s),
                 qPrintable(run.out));
        QCOMPARE(shown.last(), u"1 passed, 2 failed"_s);

        const JUnit report = readJUnit(contents(junit));
        QVERIFY(report.valid);
        QCOMPARE(report.failures, u"2"_s);
        QCOMPARE(report.failureElements, 2);

        const Run one = cli({u"suite"_s, u"run"_s, project, u"--name"_s, u"ping"_s});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(lines(one.out).size(), 2);
        const Run unknown = cli({u"suite"_s, u"run"_s, project, u"--name"_s, u"nope"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"no saved request named `nope`"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_errors;
};

QTEST_GUILESS_MAIN(tst_SuiteCli)
#include "tst_suitecli.moc"
