#include "CliProcess.h"

#include "engine/Engine.h"
#include "engine/MemoryDataStore.h"
#include "storage/ProjectFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace gatehouse::test;

// gatehouse-cli as a pipeline uses it: real processes, real files.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.gatehouse"_s);
        const Run run = cli({u"demo"_s, m_demo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(m_demo));
    }

    void helpAndVersion()
    {
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &command :
             {u"demo"_s, u"export"_s, u"import"_s, u"validate"_s, u"token"_s})
            QVERIFY2(help.out.contains(u"  "_s + command + u' '), qPrintable(command));
        const Run version = cli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"gatehouse-cli "_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nothing") << QStringList{} << u"Usage:"_s;
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << u"unknown command `frobnicate`"_s;
        QTest::newRow("export without output")
            << QStringList{u"export"_s, u"x"_s} << u"usage: gatehouse-cli export"_s;
        QTest::newRow("unknown option")
            << QStringList{u"validate"_s, u"--strict"_s, u"x"_s} << u"unknown option --strict"_s;
        QTest::newRow("option without value")
            << QStringList{u"import"_s, u"a.json"_s, u"-o"_s} << u"option -o needs a value"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }

    // The foundation's promise: export, import, export gives the same bytes,
    // and no password hash anywhere.
    void exportImportExportIsByteIdentical()
    {
        const QString a = m_dir.filePath(u"a.json"_s);
        const QString y = m_dir.filePath(u"y.gatehouse"_s);
        const QString b = m_dir.filePath(u"b.json"_s);
        QCOMPARE(cli({u"export"_s, m_demo, u"-o"_s, a}).exitCode, 0);
        QCOMPARE(cli({u"import"_s, a, u"-o"_s, y}).exitCode, 0);
        QCOMPARE(cli({u"export"_s, y, u"-o"_s, b}).exitCode, 0);
        const QByteArray first = contents(a);
        QVERIFY(first.size() > 1000);
        QCOMPARE(contents(b), first);
        QVERIFY(!first.contains("$argon2id"));
        QVERIFY(!first.contains("argon2"));
        QVERIFY(first.contains("alice@example.com"));
    }

    // resources/demo/payments-demo.json is the demo's config as shipped; it
    // must be what the code that builds the demo exports today.
    void shippedDemoConfigMatchesTheCode()
    {
        const QString shipped =
            QStringLiteral(GATEHOUSE_SOURCE_DIR) + u"/resources/demo/payments-demo.json"_s;
        QCOMPARE(contents(m_dir.filePath(u"a.json"_s)), contents(shipped));
    }

    void exportToStandardOutput()
    {
        const Run run = cli({u"export"_s, m_demo, u"-o"_s, u"-"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.toUtf8(), contents(m_dir.filePath(u"a.json"_s)));
    }

    void validateAcceptsProjectAndConfig_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("project") << u"demo.gatehouse"_s;
        QTest::newRow("config") << u"a.json"_s;
    }

    void validateAcceptsProjectAndConfig()
    {
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        const Run run = cli({u"validate"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"ok (7 workflows, 2 data types, 8 records)"_s),
                 qPrintable(run.out));
    }

    // Every expression error in a config, one line each, naming where it sits.
    void validateReportsEveryExpressionError()
    {
        QByteArray config = contents(m_dir.filePath(u"a.json"_s));
        config.replace("\"amount > 0\"", "\"amout > 0\"");
        config.replace("\"Current User's admin is yes\"", "\"Current User's admim is yes\"");
        const QString path = m_dir.filePath(u"broken.json"_s);
        writeFile(path, config);
        const Run run = cli({u"validate"_s, path});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(
                     u"privacy rule `admins`, at character 1: no field `admim` on `User`"_s),
                 qPrintable(run.out));
        QVERIFY2(lines.at(1).contains(u"workflow `create_transaction`, condition, at character 1: "
                                      u"no parameter `amout`"_s),
                 qPrintable(run.out));
        QVERIFY2(lines.at(1).contains(u"did you mean `amount`"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"2 errors"_s), qPrintable(run.err));
    }

    // Every failure: exit 1, one line that names the file, and the output
    // that was there before is still there, byte for byte.
    void failuresNameTheFileAndKeepOutput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("export random bytes")
            << u"export"_s << QByteArray("\x01\x02garbage\xff", 11) << u"input.bin"_s;
        QTest::newRow("export empty file") << u"export"_s << QByteArray() << u"input.bin"_s;
        QTest::newRow("import not json")
            << u"import"_s << QByteArray("{ not json") << u"input.bin"_s;
        QTest::newRow("import wrong type")
            << u"import"_s << QByteArray("[1, 2, 3]") << u"input.bin"_s;
        QTest::newRow("validate garbage")
            << u"validate"_s << QByteArray("\x00\x01", 2) << u"input.bin"_s;
    }

    void failuresNameTheFileAndKeepOutput()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        const QString inputPath = m_dir.filePath(u"input.bin"_s);
        writeFile(inputPath, input);
        const QString output = m_dir.filePath(u"existing.out"_s);
        const QByteArray before("precious bytes");
        writeFile(output, before);
        QStringList arguments{command, inputPath};
        if (command != u"validate"_s)
            arguments << u"-o"_s << output << u"--force"_s;
        if (command == u"export"_s)
            arguments.removeLast();
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"gatehouse-cli: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(contents(output), before);
    }

    // A token from the command line: its secret printed once, last; only its
    // hash in the file; accepted by the engine until revoked.
    void tokenLifecycle()
    {
        const QString project = m_dir.filePath(u"tokens.gatehouse"_s);
        QCOMPARE(cli({u"demo"_s, project}).exitCode, 0);
        const Run created = cli({u"token"_s, u"create"_s, project, u"--name"_s, u"ci"_s,
                                 u"--admin"_s, u"--scope"_s, u"workflow:admin_cleanup"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString secret = created.out.trimmed().split(u'\n').last();
        QVERIFY(secret.startsWith(u"gh_adm_"_s));
        QVERIFY(!contents(project).contains(secret.toUtf8()));

        const Run listed = cli({u"token"_s, u"list"_s, project});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(secret.left(11)));
        QVERIFY(!listed.out.contains(secret));
        QVERIFY(listed.out.contains(u"workflows admin_cleanup"_s));

        QCOMPARE(callAdminCleanup(project, secret), 200);
        QCOMPARE(cli({u"token"_s, u"revoke"_s, project, u"ci"_s}).exitCode, 0);
        QCOMPARE(callAdminCleanup(project, secret), 401);
        QVERIFY(cli({u"token"_s, u"list"_s, project}).out.contains(u"revoked"_s));
    }

    // --scope data:TYPE:OPS takes find and view apart, and the older read
    // as both; `token list` says which the token holds.
    void tokenScopeTakesFindAndView()
    {
        const QString project = m_dir.filePath(u"find-view.gatehouse"_s);
        QCOMPARE(cli({u"demo"_s, project}).exitCode, 0);
        const QList<QStringList> made{{u"finder"_s, u"data:Transaction:find"_s},
                                      {u"viewer"_s, u"data:Transaction:view,modify"_s},
                                      {u"reader"_s, u"data:Transaction:read"_s}};
        for (const QStringList &token : made) {
            const Run created = cli({u"token"_s, u"create"_s, project, u"--name"_s, token[0],
                                     u"--admin"_s, u"--scope"_s, token[1]});
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        }
        const Run listed = cli({u"token"_s, u"list"_s, project});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(u"Transaction: find;"_s), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(u"Transaction: view, modify;"_s), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(u"Transaction: find, view;"_s), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(u"Transaction: read"_s));
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no kind") << QStringList{u"create"_s, u"{p}"_s, u"--name"_s, u"x"_s} << 2
                                 << u"one of --admin or --user"_s;
        QTest::newRow("both kinds") << QStringList{u"create"_s,  u"{p}"_s,    u"--name"_s, u"x"_s,
                                                   u"--admin"_s, u"--user"_s, u"a@b.c"_s}
                                    << 2 << u"one of --admin or --user"_s;
        QTest::newRow("unknown user")
            << QStringList{u"create"_s, u"{p}"_s,    u"--name"_s,
                           u"x"_s,      u"--user"_s, u"carol@example.com"_s}
            << 1 << u"no user has e-mail address `carol@example.com`"_s;
        QTest::newRow("unknown workflow scope")
            << QStringList{u"create"_s,  u"{p}"_s,     u"--name"_s,          u"x"_s,
                           u"--admin"_s, u"--scope"_s, u"workflow:nightly"_s}
            << 2 << u"no workflow `nightly`"_s;
        QTest::newRow("bad operation") << QStringList{u"create"_s,
                                                      u"{p}"_s,
                                                      u"--name"_s,
                                                      u"x"_s,
                                                      u"--admin"_s,
                                                      u"--scope"_s,
                                                      u"data:Transaction:drop"_s}
                                       << 2 << u"unknown operation `drop`"_s;
        QTest::newRow("bad expiry")
            << QStringList{u"create"_s,  u"{p}"_s,          u"--name"_s, u"x"_s,
                           u"--admin"_s, u"--expires-in"_s, u"-5"_s}
            << 2 << u"--expires-in takes"_s;
        QTest::newRow("revoke unknown")
            << QStringList{u"revoke"_s, u"{p}"_s, u"nope"_s} << 1 << u"no token named `nope`"_s;
        QTest::newRow("missing project")
            << QStringList{u"list"_s, u"{missing}"_s} << 1 << u"does not exist"_s;
    }

    void tokenErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        arguments.replaceInStrings(u"{p}"_s, m_demo);
        arguments.replaceInStrings(u"{missing}"_s, m_dir.filePath(u"missing.gatehouse"_s));
        const QByteArray before = contents(m_demo);
        const Run run = cli(QStringList{u"token"_s} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(contents(m_demo), before);
    }

    void missingInputIsNamed()
    {
        const QString missing = m_dir.filePath(u"nowhere.gatehouse"_s);
        const Run run = cli({u"export"_s, missing, u"-o"_s, m_dir.filePath(u"x.json"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.json"_s)));
    }

    void existingProjectIsNotReplacedWithoutForce()
    {
        const QByteArray before = contents(m_demo);
        const Run run = cli({u"demo"_s, m_demo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"already exists; pass --force"_s), qPrintable(run.err));
        QCOMPARE(contents(m_demo), before);
        const Run import = cli({u"import"_s, m_dir.filePath(u"a.json"_s), u"-o"_s, m_demo});
        QCOMPARE(import.exitCode, 1);
        QCOMPARE(contents(m_demo), before);
    }

    // Root may write anyway, but a file without write bits is left as it is.
    void exportOntoAReadOnlyFileFails()
    {
        const QString output = m_dir.filePath(u"read-only.json"_s);
        const QByteArray before("read-only bytes");
        writeFile(output, before);
        QVERIFY(
            QFile::setPermissions(output, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const Run run = cli({u"export"_s, m_demo, u"-o"_s, output});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"gatehouse-cli: "_s + output + u": cannot write: the file is read-only\n"_s);
        QCOMPARE(contents(output), before);
        QVERIFY(!QFile::permissions(output).testFlag(QFile::WriteOwner));
    }

private:
    static int callAdminCleanup(const QString &projectPath, const QString &secret)
    {
        auto project =
            gatehouse::ProjectFile::load(projectPath, gatehouse::ProjectFile::Access::ReadOnly);
        if (!project)
            return -1;
        gatehouse::MemoryDataStore store(project->records);
        const gatehouse::SystemClock clock;
        gatehouse::Engine engine(std::make_shared<const gatehouse::Project>(project.value()), store,
                                 clock);
        return engine
            .handle(gatehouse::EngineRequest::make(
                "POST", u"/api/1.1/wf/admin_cleanup"_s, {},
                {{QByteArrayLiteral("Authorization"), "Bearer " + secret.toUtf8()}}))
            .status;
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
