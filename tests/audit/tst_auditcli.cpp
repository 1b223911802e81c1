#include "../cli/CliProcess.h"

#include "exchange/ConfigFile.h"
#include "model/DemoProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// gatehouse-cli audit and openapi as a CI job runs them: exit codes a
// pipeline gates on, and every format.
class tst_AuditCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.gatehouse"_s);
        const Run run = cli({u"demo"_s, m_demo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile::setPermissions(m_demo, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void failOn_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        // The demo's worst findings are medium (GH007).
        QTest::newRow("no gate") << QStringList{} << 0;
        QTest::newRow("low") << QStringList{u"--fail-on"_s, u"low"_s} << 1;
        QTest::newRow("medium") << QStringList{u"--fail-on"_s, u"medium"_s} << 1;
        QTest::newRow("high") << QStringList{u"--fail-on"_s, u"high"_s} << 0;
        QTest::newRow("critical") << QStringList{u"--fail-on"_s, u"critical"_s} << 0;
        QTest::newRow("unknown level") << QStringList{u"--fail-on"_s, u"severe"_s} << 2;
        QTest::newRow("unknown format") << QStringList{u"--format"_s, u"pdf"_s} << 2;
    }

    void failOn()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        const Run run = cli(QStringList{u"audit"_s, m_demo} + extra);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        if (exitCode == 1)
            QVERIFY2(run.err.contains(u"or worse"_s), qPrintable(run.err));
        if (exitCode == 2)
            QVERIFY2(run.err.contains(u"unknown"_s), qPrintable(run.err));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("starts");
        QTest::newRow("text") << u"text"_s << u"Audit of Payments demo"_s;
        QTest::newRow("markdown") << u"markdown"_s << u"# Audit of Payments demo"_s;
        QTest::newRow("html") << u"html"_s << u"<!DOCTYPE html>"_s;
        QTest::newRow("json") << u"json"_s << u"{"_s;
        QTest::newRow("sarif") << u"sarif"_s << u"{"_s;
    }

    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, starts);
        const Run run = cli({u"audit"_s, m_demo, u"--format"_s, format});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(starts), qPrintable(run.out.left(200)));
        QVERIFY2(run.out.contains(u"GH007"_s), qPrintable(format));
        if (format == u"sarif"_s)
            QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())[u"version"_s].toString(),
                     u"2.1.0"_s);
        if (format == u"json"_s)
            QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())[u"project"_s].toString(),
                     u"Payments demo"_s);
    }

    void auditToAFileAndAConfig()
    {
        const QString report = m_dir.filePath(u"audit.sarif"_s);
        QCOMPARE(cli({u"audit"_s, m_demo, u"--format"_s, u"sarif"_s, u"-o"_s, report}).exitCode, 0);
        QVERIFY(contents(report).contains("\"GH007\""));
        const QString config = m_dir.filePath(u"demo.json"_s);
        QCOMPARE(cli({u"export"_s, m_demo, u"-o"_s, config}).exitCode, 0);
        const Run fromConfig = cli({u"audit"_s, config, u"--fail-on"_s, u"medium"_s});
        QCOMPARE(fromConfig.exitCode, 1);
    }

    // A reviewer accepted the demo's medium findings: --fail-on medium passes,
    // the text report still lists them with the reason, the SARIF suppresses them.
    void acceptedFindingsPassTheGate()
    {
        Project project = DemoProject::build().value();
        project.acceptedFindings << AcceptedFinding{
            u"GH007"_s, u"settings/limits.requestsPerMinutePerWorkflow"_s,
            u"the proxy limits log-ins"_s, QDateTime::currentDateTimeUtc()};
        const QString config = m_dir.filePath(u"accepted.json"_s);
        writeFile(config, ConfigFile::toJson(project));
        const Run gated = cli({u"audit"_s, config, u"--fail-on"_s, u"medium"_s});
        QVERIFY2(gated.exitCode == 0, qPrintable(gated.out + gated.err));
        QVERIFY2(gated.out.contains(u"accepted: the proxy limits log-ins"_s),
                 qPrintable(gated.out));
        QCOMPARE(cli({u"audit"_s, config, u"--fail-on"_s, u"low"_s}).exitCode, 1);
        const Run sarif = cli({u"audit"_s, config, u"--format"_s, u"sarif"_s});
        QCOMPARE(sarif.exitCode, 0);
        const QJsonArray results =
            QJsonDocument::fromJson(sarif.out.toUtf8())[u"runs"_s][0][u"results"_s].toArray();
        int suppressed = 0;
        for (const QJsonValue &r : results)
            suppressed += r[u"suppressions"_s][0][u"justification"_s].toString() ==
                          u"the proxy limits log-ins"_s;
        QCOMPARE(suppressed, 2);
    }

    void missingProject()
    {
        const Run run = cli({u"audit"_s, m_dir.filePath(u"nope.gatehouse"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"nope.gatehouse"_s), qPrintable(run.err));
    }

    void openapi_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("version");
        QTest::newRow("default") << QStringList{} << u"3.1.0"_s;
        QTest::newRow("3.1") << QStringList{u"--version"_s, u"3.1"_s} << u"3.1.0"_s;
        QTest::newRow("3.0") << QStringList{u"--version"_s, u"3.0"_s} << u"3.0.3"_s;
    }

    void openapi()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, version);
        const QString out = m_dir.filePath(u"openapi.json"_s);
        const Run run = cli(QStringList{u"openapi"_s, m_demo, u"-o"_s, out} + extra);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject doc = QJsonDocument::fromJson(contents(out)).object();
        QCOMPARE(doc[u"openapi"_s].toString(), version);
        QVERIFY(doc[u"paths"_s].toObject().contains(u"/wf/create_transaction"_s));
    }

    void openapiUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no output") << QStringList{u"openapi"_s, u"DEMO"_s} << 2;
        QTest::newRow("version 2")
            << QStringList{u"openapi"_s, u"DEMO"_s, u"-o"_s, u"-"_s, u"--version"_s, u"2.0"_s} << 2;
        QTest::newRow("bad server")
            << QStringList{u"openapi"_s, u"DEMO"_s, u"-o"_s, u"-"_s, u"--server"_s, u"not a url"_s}
            << 2;
        QTest::newRow("no such folder")
            << QStringList{u"openapi"_s, u"DEMO"_s, u"-o"_s, u"NOWHERE/openapi.json"_s} << 1;
    }

    void openapiUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        arguments.replaceInStrings(u"DEMO"_s, m_demo);
        arguments.replaceInStrings(u"NOWHERE"_s, m_dir.filePath(u"missing-folder"_s));
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"missing-folder/openapi.json"_s)));
    }

    void helpListsTheCommands()
    {
        const Run help = cli({u"--help"_s});
        QVERIFY(help.out.contains(u"  audit PROJECT"_s));
        QVERIFY(help.out.contains(u"  openapi PROJECT"_s));
    }

    // Issue 15, item 2: the role the demo's `admins` rule names is a row of
    // `gatehouse-cli matrix`, in both formats, and it lists what a plain
    // user may list only where the rules say.
    void matrixHasTheRoleRows()
    {
        const Run csv = cli({u"matrix"_s, m_demo, u"--format"_s, u"csv"_s});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.split(u"\r\n"_s);
        QVERIFY2(
            lines.contains(u"admin = yes,role,data type,Transaction,list,allowed,rule `admins` "
                           "holds for the caller on every Transaction and lets it list,"
                           "rule `admins`"_s),
            qPrintable(csv.out.left(2000)));
        const auto aliceList = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(u"alice@example.com,user,data type,Transaction,list,"_s);
        });
        QVERIFY(aliceList != lines.cend());
        QVERIFY2(aliceList->contains(u",conditional,"_s), qPrintable(*aliceList));
        const QString html = m_dir.filePath(u"matrix.html"_s);
        const Run page = cli({u"matrix"_s, m_demo, u"--format"_s, u"html"_s, u"-o"_s, html});
        QVERIFY2(page.exitCode == 0, qPrintable(page.err));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<tr><th>role: admin = yes</th>"));
    }

    // Issue 17, item 4: a CSV file is streamed as it is encoded, and holds
    // the bytes standard output gets.
    void matrixFileIsWhatStandardOutputGets()
    {
        const Run csv = cli({u"matrix"_s, m_demo});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QString path = m_dir.filePath(u"streamed.csv"_s);
        const Run file = cli({u"matrix"_s, m_demo, u"-o"_s, path});
        QVERIFY2(file.exitCode == 0, qPrintable(file.err));
        QCOMPARE(contents(path), csv.out.toUtf8());
    }

    // A write that fails midway (the file size limit, as a full disk would)
    // is reported and leaves the file as it was, and no temporary file.
    void aFailedMatrixWriteLeavesNoHalfFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"matrix.csv"_s);
        writeFile(path, "the old matrix\r\n");
        QProcess process;
        process.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG
            const rlimit limit{2048, 2048};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(QStringLiteral(GATEHOUSE_CLI), {u"matrix"_s, m_demo, u"-o"_s, path});
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() != 0, qPrintable(err));
        QVERIFY2(err.contains(path + u": cannot write"_s), qPrintable(err));
        QCOMPARE(contents(path), QByteArray("the old matrix\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"matrix.csv"_s});
    }
};

QTEST_GUILESS_MAIN(tst_AuditCli)
#include "tst_auditcli.moc"
