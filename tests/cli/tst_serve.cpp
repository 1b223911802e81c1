#include "CliProcess.h"
#include "ServeProcess.h"

#include "model/DemoProject.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QJsonObject kAlice{{u"email"_s, u"alice@example.com"_s},
                         {u"password"_s, u"alice-password"_s}};
const QJsonObject kTransaction{
    {u"account"_s, u"ACC-7"_s}, {u"phone"_s, u"+1 555 0107"_s}, {u"amount"_s, 25}};

} // namespace

// `gatehouse-cli serve` and `log` as testers and pipelines use them: a real
// process, real HTTP on loopback, the project file on disk.
class tst_Serve : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString newAdminToken(const QStringList &extra = {})
    {
        const Run created = cli(QStringList{u"token"_s, u"create"_s, m_project, u"--name"_s,
                                            u"ci-%1"_s.arg(++m_tokens), u"--admin"_s} +
                                extra);
        if (created.exitCode != 0)
            qWarning() << created.err;
        return created.out.trimmed().split(u'\n').last();
    }
    int m_tokens = 0;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(
            u"serve-%1.gatehouse"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        if (QFile::exists(m_project))
            return; // a data-driven test's next row
        const Run demo = cli({u"demo"_s, m_project});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void seedScenarioOverTheWire()
    {
        ServeProcess serve(m_project);
        QVERIFY2(serve.port(), qPrintable(serve.errors()));
        const Reply login = call(serve.port(), "POST", u"/api/1.1/wf/issue_token"_s, kAlice);
        QCOMPARE(login.status, 200);
        const QString token = login.json[u"response"_s][u"token"_s].toString();
        QVERIFY(token.startsWith(u"gh_usr_"_s));
        QCOMPARE(login.json[u"response"_s][u"expires"_s].toInt(), 86400);

        const Reply tagged =
            call(serve.port(), "POST", u"/api/1.1/wf/tag_my_transactions"_s, {}, token);
        QCOMPARE(tagged.status, 200);
        QCOMPARE(tagged.json[u"response"_s][u"changed"_s].toInt(), 3);

        const Reply created =
            call(serve.port(), "POST", u"/api/1.1/wf/create_transaction"_s, kTransaction, token);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json[u"response"_s][u"amount"_s].toDouble(), 25.0);

        const Reply inQuery =
            call(serve.port(), "POST",
                 u"/api/1.1/wf/create_transaction?account=ACC-7&phone=1&amount=25"_s, {}, token);
        QCOMPARE(inQuery.status, 400);
        QCOMPARE(inQuery.json[u"body"_s][u"message"_s].toString(),
                 u"Missing parameter for workflow create_transaction: parameter account"_s);

        const Reply cleanup = call(serve.port(), "POST", u"/api/1.1/wf/admin_cleanup"_s, {}, token);
        QCOMPARE(cleanup.status, 401);
        // One line per request, after the line that says where it listens.
        QTRY_COMPARE(serve.output().count(u"\n"_s), 6);
        QVERIFY(serve.output().contains(u"POST /api/1.1/wf/admin_cleanup 401"_s));
    }

    // What the server acknowledged is in the file, even when the server is
    // killed without a chance to clean up.
    void acknowledgedWriteSurvivesSigkill()
    {
        const QJsonObject carol{{u"email"_s, u"carol@example.com"_s},
                                {u"password"_s, u"carol-password"_s}};
        {
            ServeProcess serve(m_project);
            QVERIFY(serve.port());
            QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/signup"_s, carol).status, 200);
            serve.signal(SIGKILL);
            QCOMPARE(serve.waitForExit(), -1);
        }
        ServeProcess again(m_project);
        QVERIFY(again.port());
        const Reply login = call(again.port(), "POST", u"/api/1.1/wf/issue_token"_s, carol);
        QCOMPARE(login.status, 200);
        QVERIFY(!login.json[u"response"_s][u"user_id"_s].toString().isEmpty());
        // Saving the document (as the editor does) keeps what requests wrote.
        auto project = ProjectFile::load(m_project);
        QVERIFY(project);
        QVERIFY(ProjectFile::save(project.value(), m_project));
        QCOMPARE(call(again.port(), "POST", u"/api/1.1/wf/issue_token"_s, carol).status, 200);
    }

    // The same at full speed: requests fired as fast as the server takes
    // them (six connections, as a browser opens), the process SIGKILLed in
    // the middle of the run; every write answered 200 is in the live data
    // when the file is opened again. A group commit that answered before
    // its COMMIT, or a batch half kept, would miss some.
    void acknowledgedWritesAtFullSpeedSurviveSigkill()
    {
        ServeProcess serve(m_project);
        QVERIFY(serve.port());
        const Reply login = call(serve.port(), "POST", u"/api/1.1/wf/issue_token"_s, kAlice);
        QCOMPARE(login.status, 200);
        const QString token = login.json[u"response"_s][u"token"_s].toString();
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QList<int> acknowledged;
        constexpr int fired = 2000;
        constexpr int killAfter = 300;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < fired; ++i) {
            QNetworkRequest request(
                QUrl(u"http://127.0.0.1:%1/api/1.1/wf/create_transaction"_s.arg(serve.port())));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            QJsonObject body = kTransaction;
            body[u"amount"_s] = 1000 + i;
            QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
            connect(reply, &QNetworkReply::finished, this, [&, reply, amount = 1000 + i] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    acknowledged.append(amount);
                if (acknowledged.size() == killAfter)
                    serve.signal(SIGKILL);
                reply->deleteLater();
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= killAfter, 60000);
        const qint64 elapsedMs = timer.elapsed();
        QCOMPARE(serve.waitForExit(), -1);
        QCoreApplication::processEvents(); // replies in flight at the kill
        QVERIFY2(acknowledged.size() < fired, "the kill came after the run");
        qInfo("%lld writes answered 200 in %lld ms before the kill", qint64(acknowledged.size()),
              elapsedMs);

        auto live = LiveDataStore::open(m_project);
        QVERIFY2(live, qPrintable(live.errorMessage()));
        const auto records = live.value()->recordsOfType(u"Transaction"_s);
        QVERIFY(records);
        QSet<int> kept;
        for (const Record &record : records.value())
            kept.insert(record.values.value(u"amount"_s).toInt());
        for (int amount : std::as_const(acknowledged))
            QVERIFY2(kept.contains(amount),
                     qPrintable(u"the write of amount %1 was answered 200 and lost"_s.arg(amount)));
    }

    void revokedTokenIsRefusedByTheRunningServer()
    {
        const QString secret = newAdminToken();
        QVERIFY(secret.startsWith(u"gh_adm_"_s));
        ServeProcess serve(m_project);
        QVERIFY(serve.port());
        QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/admin_cleanup"_s, {}, secret).status,
                 200);
        QCOMPARE(cli({u"token"_s, u"revoke"_s, m_project, u"ci-1"_s}).exitCode, 0);
        const Reply refused =
            call(serve.port(), "POST", u"/api/1.1/wf/admin_cleanup"_s, {}, secret);
        QCOMPARE(refused.status, 401);
        QVERIFY(!refused.body.contains(secret.toUtf8()));
    }

    void expiredTokenIsRefusedByTheRunningServer()
    {
        const QString secret = newAdminToken({u"--expires-in"_s, u"1"_s});
        ServeProcess serve(m_project);
        QVERIFY(serve.port());
        QTRY_COMPARE_WITH_TIMEOUT(
            call(serve.port(), "POST", u"/api/1.1/wf/admin_cleanup"_s, {}, secret).status, 401,
            5000);
        const Reply fresh =
            call(serve.port(), "POST", u"/api/1.1/wf/admin_cleanup"_s, {}, newAdminToken());
        QCOMPARE(fresh.status, 200);
    }

    void editTakesEffectOnTheNextRequest()
    {
        ServeProcess serve(m_project);
        QVERIFY(serve.port());
        QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/public_ping"_s).status, 200);
        auto project = ProjectFile::load(m_project);
        QVERIFY(project);
        for (Workflow &workflow : project.value().workflows) {
            if (workflow.name == u"public_ping"_s)
                workflow.exposed = false;
        }
        QVERIFY(ProjectFile::save(project.value(), m_project));
        QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/public_ping"_s).status, 404);
    }

    void savedLimitsApplyWithoutARestart()
    {
        ServeProcess serve(m_project);
        QVERIFY(serve.port());
        const QJsonObject big{{u"padding"_s, QString(2048, u'x')}};
        QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/public_ping"_s, big).status, 200);
        auto project = ProjectFile::load(m_project);
        QVERIFY(project);
        project.value().settings.limits.maxBodyBytes = 1024;
        QVERIFY(ProjectFile::save(project.value(), m_project));
        QTRY_COMPARE(call(serve.port(), "POST", u"/api/1.1/wf/public_ping"_s, big).status, 413);
        QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/public_ping"_s).status, 200);
    }

    // A path with CR LF, NUL and ANSI escapes cannot forge a line of serve's
    // output or of `gatehouse-cli log`, nor repaint the terminal.
    void loggedPathsCannotForgeLines()
    {
        const QString forged =
            u"/a%0d%0a2026-01-01T00:00:00.000Z%20GET%20/forged%20200%00%1b[2J%1b[31m"_s;
        {
            ServeProcess serve(m_project);
            QVERIFY(serve.port());
            QVERIFY(call(serve.port(), "GET", forged).status > 0);
            QTRY_COMPARE(serve.output().count(u"\n"_s), 2);
            QVERIFY2(serve.output().contains(u"/a\\x0d\\x0a2026-01-01"_s),
                     qPrintable(serve.output()));
            QVERIFY(serve.output().contains(u"\\x00\\x1b"_s));
            QVERIFY(!serve.output().contains(QChar(0x1b)) && !serve.output().contains(QChar(0)));
            serve.signal(SIGTERM);
            QCOMPARE(serve.waitForExit(), 0);
        }
        const Run log = cli({u"log"_s, m_project});
        QCOMPARE(log.exitCode, 0);
        QCOMPARE(log.out.count(u'\n'), 1);
        QVERIFY2(log.out.contains(u"/a\\x0d\\x0a2026-01-01"_s), qPrintable(log.out));
        QVERIFY(!log.out.contains(QChar(0x1b)) && !log.out.contains(QChar(0)) &&
                !log.out.contains(u'\r'));
    }

    void requestLogHoldsNoSecret()
    {
        const QString secret = newAdminToken();
        {
            ServeProcess serve(m_project);
            QVERIFY(serve.port());
            QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/public_ping"_s).status, 200);
            QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/admin_cleanup"_s, {}, secret).status,
                     200);
            QCOMPARE(
                call(serve.port(), "POST", u"/api/1.1/wf/admin_cleanup?api_token=%1"_s.arg(secret))
                    .status,
                200);
            QCOMPARE(call(serve.port(), "GET", u"/api/1.1/wf/%1"_s.arg(secret)).status, 404);
            const Reply login = call(serve.port(), "POST", u"/api/1.1/wf/issue_token"_s, kAlice);
            QVERIFY(!serve.output().contains(secret));
            QTRY_COMPARE(serve.output().count(u"\n"_s), 6);
            serve.signal(SIGTERM);
            QCOMPARE(serve.waitForExit(), 0);
            QVERIFY(!serve.output().contains(login.json[u"response"_s][u"token"_s].toString()));
        }
        const Run log = cli({u"log"_s, m_project, u"--json"_s});
        QCOMPARE(log.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(log.out.toUtf8()).array();
        QCOMPARE(entries.size(), 5);
        const QJsonObject admin = entries.at(1).toObject();
        QCOMPARE(admin[u"path"_s].toString(), u"/api/1.1/wf/admin_cleanup"_s);
        QCOMPARE(admin[u"status"_s].toInt(), 200);
        QVERIFY(admin[u"principal"_s].toString().contains(secret.left(11)));
        QVERIFY(!admin[u"trace"_s].toArray().isEmpty());
        QCOMPARE(entries.at(3).toObject()[u"path"_s].toString(),
                 secret.left(11).prepend(u"/api/1.1/wf/"_s) + u"…"_s);
        QVERIFY(!log.out.contains(secret));
        QVERIFY(!log.out.contains(secret.mid(11, 12)));
        // Nor anywhere in the file: a token is kept as its hash.
        QVERIFY(!contents(m_project).contains(secret.toUtf8()));
        QVERIFY(!contents(m_project + u"-wal"_s).contains(secret.toUtf8()));

        const Run tail = cli({u"log"_s, m_project, u"--tail"_s, u"2"_s});
        QCOMPARE(tail.exitCode, 0);
        const QStringList lines = tail.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).contains(u"POST /api/1.1/wf/issue_token 200"_s),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(u"anonymous"_s));
    }

    void stopsCleanlyOnSigint()
    {
        ServeProcess serve(m_project);
        QVERIFY(serve.port());
        serve.signal(SIGINT);
        QCOMPARE(serve.waitForExit(), 0);
        QVERIFY(serve.output().contains(u"stopped"_s));
    }

    void refusalsNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad port") << QStringList{u"{p}"_s, u"--port"_s, u"http"_s} << 2
                                  << u"--port takes a number from 0 to 65535, not `http`"_s;
        QTest::newRow("no project") << QStringList{} << 2 << u"usage: gatehouse-cli serve"_s;
        QTest::newRow("no connections")
            << QStringList{u"{p}"_s, u"--max-connections"_s, u"0"_s} << 2
            << u"--max-connections takes a whole number from 1 to 10000000, not `0`"_s;
        QTest::newRow("bad client rate")
            << QStringList{u"{p}"_s, u"--client-rate"_s, u"fast"_s} << 2
            << u"--client-rate takes a whole number from 0 to 10000000, not `fast`"_s;
        QTest::newRow("bad header deadline")
            << QStringList{u"{p}"_s, u"--header-timeout-ms"_s, u"soon"_s} << 2
            << u"--header-timeout-ms takes a whole number from 1 to 10000000, not `soon`"_s;
        QTest::newRow("bad log queue") << QStringList{u"{p}"_s, u"--log-queue"_s, u"lots"_s} << 2
                                       << u"--log-queue takes a whole number"_s;
        QTest::newRow("missing file")
            << QStringList{u"{dir}/missing.gatehouse"_s} << 1 << u"the file does not exist"_s;
        QTest::newRow("remote without the flag")
            << QStringList{u"{p}"_s, u"--host"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s} << 1
            << u"only loopback addresses are allowed"_s;
        QTest::newRow("not an address")
            << QStringList{u"{p}"_s, u"--host"_s, u"example.org"_s, u"--port"_s, u"0"_s} << 1
            << u"`example.org` is not an IP address"_s;
        QTest::newRow("log of nothing") << QStringList{u"log"_s, u"{dir}/missing.gatehouse"_s} << 1
                                        << u"the file does not exist"_s;
        QTest::newRow("log bad tail") << QStringList{u"log"_s, u"{p}"_s, u"--tail"_s, u"x"_s} << 2
                                      << u"--tail takes a whole number, not `x`"_s;
    }

    void refusalsNameTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        for (QString &argument : arguments)
            argument.replace(u"{p}"_s, m_project).replace(u"{dir}"_s, m_dir.path());
        if (arguments.value(0) != u"log"_s)
            arguments.prepend(u"serve"_s);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    // The connection cap is a setting (1,024 by default): with one, a
    // second client is answered 503 while the first holds its connection.
    void connectionCapIsAnOption()
    {
        ServeProcess serve(m_project, {u"--max-connections"_s, u"1"_s});
        QVERIFY(serve.port());
        QTcpSocket held;
        held.connectToHost(QHostAddress::LocalHost, serve.port());
        QVERIFY(held.waitForConnected(5000));
        held.write("POST /api/1.1/wf/public_ping HTTP/1.1\r\nHost: 127.0.0.1:" +
                   QByteArray::number(serve.port()) + "\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(held.waitForReadyRead(5000)); // answered, so accepted and counted
        QVERIFY(held.readAll().startsWith("HTTP/1.1 200"));
        QCOMPARE(call(serve.port(), "POST", u"/api/1.1/wf/public_ping"_s).status, 503);
    }

    void portInUseIsRefused()
    {
        ServeProcess first(m_project);
        QVERIFY(first.port());
        const Run second = cli({u"serve"_s, m_project, u"--port"_s, QString::number(first.port())});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"cannot serve"_s), qPrintable(second.err));
    }
};

QTEST_GUILESS_MAIN(tst_Serve)
#include "tst_serve.moc"
