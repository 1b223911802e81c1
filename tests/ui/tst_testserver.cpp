// The editor's own test server, driven through the real window under the
// offscreen platform: start it from the Server menu on a saved demo, call
// it over HTTP, make an unsaved edit through the property panel and see the
// next request follow it, find each request and its trace in the Request
// Log dock, and stop it. An untitled project is saved first.
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "models/RequestLogModel.h"
#include "panels/PropertyPanel.h"
#include "panels/RequestLogPanel.h"
#include "panels/WorkflowPropertiesPanel.h"
#include "server/RequestLog.h"
#include "server/TestServerController.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void serveEditUnsavedAndStop();
    void untitledProjectIsSavedFirst();
    void takenPortFallsBackToAFreeOne();
    void openingAnotherProjectStopsIt();
    void closingTheWindowStopsIt();

private:
    QAction *serverMenuAction(MainWindow &window, const QString &objectName) const;
    QString statusText(MainWindow &window) const;
    // The status of a POST to `path`, -1 when nothing answered.
    int post(quint16 port, const QString &path, const QByteArray &bearer = {});
    static bool portAccepts(quint16 port);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
    QNetworkAccessManager m_network;
};

void tst_TestServer::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void tst_TestServer::init()
{
    test::clearSettingsForTestServer();
    m_script = std::make_shared<test::Script>();
}

QAction *tst_TestServer::serverMenuAction(MainWindow &window, const QString &objectName) const
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || top->menu()->title().remove(u'&') != u"Server"_s)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->objectName() == objectName)
                return action;
        }
    }
    return nullptr;
}

QString tst_TestServer::statusText(MainWindow &window) const
{
    auto *label = window.findChild<QLabel *>(u"testServerStatus"_s);
    return label ? label->text() : QString();
}

int tst_TestServer::post(quint16 port, const QString &path, const QByteArray &bearer)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArray("{}")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); // 0: no answer
}

bool tst_TestServer::portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

void tst_TestServer::serveEditUnsavedAndStop()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"serve.gatehouse"_s));
    QVERIFY(window);
    TestServerController *server = window->testServer();
    QCOMPARE(statusText(*window), u"Test server: stopped"_s);
    QAction *start = serverMenuAction(*window, u"startTestServerAction"_s);
    QAction *stop = serverMenuAction(*window, u"stopTestServerAction"_s);
    QVERIFY(start && stop);
    QVERIFY(start->toolTip().contains(u"127.0.0.1"_s));
    QVERIFY(!start->shortcut().isEmpty());
    QVERIFY(!stop->isEnabled());

    start->trigger();
    QVERIFY(server->isRunning());
    const quint16 port = server->port();
    QVERIFY(port != 0);
    QCOMPARE(statusText(*window), u"Test server: http://127.0.0.1:%1"_s.arg(port));
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());
    auto *dock = window->findChild<QDockWidget *>(u"requestLogDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isVisible());

    QCOMPARE(post(port, u"/api/1.1/wf/public_ping"_s), 200);

    // Unexposed through the checkbox, not saved: the next request is refused.
    QVERIFY(window->selectWorkflow(u"public_ping"_s));
    QCheckBox *exposed = window->propertyPanel()->workflowPanel()->exposedCheck();
    QVERIFY(exposed->isChecked());
    QTest::mouseClick(exposed, Qt::LeftButton);
    QVERIFY(!exposed->isChecked());
    QVERIFY(window->session()->isModified());
    QCOMPARE(post(port, u"/api/1.1/wf/public_ping"_s), 404);
    // Undone, it answers again, still without a restart.
    window->session()->undoStack()->undo();
    QCOMPARE(post(port, u"/api/1.1/wf/public_ping"_s), 200);
    QCOMPARE(server->port(), port);

    // A made-up admin token is refused and never shown whole.
    const QByteArray secret = "gh_adm_" + QByteArray(40, 'Q');
    QCOMPARE(post(port, u"/api/1.1/wf/admin_cleanup"_s, secret), 401);

    auto *panel = dock->findChild<RequestLogPanel *>();
    QVERIFY(panel);
    QAbstractItemModel *log = panel->logView()->model();
    QTRY_COMPARE(log->rowCount(), 4);
    QCOMPARE(log->index(0, RequestLogModel::StatusColumn).data().toInt(), 200);
    QCOMPARE(log->index(1, RequestLogModel::StatusColumn).data().toInt(), 404);
    QCOMPARE(log->index(1, RequestLogModel::PathColumn).data().toString(),
             u"/api/1.1/wf/public_ping"_s);
    QCOMPARE(log->index(1, RequestLogModel::MethodColumn).data().toString(), u"POST"_s);
    QCOMPARE(log->index(3, RequestLogModel::StatusColumn).data().toInt(), 401);

    // Selecting the refused request shows why, step by step.
    panel->logView()->selectRow(1);
    QAbstractItemModel *trace = panel->traceView()->model();
    QVERIFY(trace->rowCount() >= 1);
    QCOMPARE(trace->index(0, 0).data().toString(), u"route"_s);
    QCOMPARE(trace->index(0, 1).data().toString(), u"refused"_s);
    QVERIFY(!trace->index(0, 2).data().toString().isEmpty());
    QVERIFY(panel->summaryLabel()->text().contains(u"404"_s));

    panel->logView()->selectRow(3);
    QVERIFY(trace->rowCount() >= 1);
    QStringList shown{panel->summaryLabel()->text()};
    for (const QAbstractItemModel *model : {log, trace}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                shown << model->index(row, column).data().toString()
                      << model->index(row, column).data(Qt::ToolTipRole).toString();
            }
        }
    }
    QVERIFY(!shown.join(u'\n').contains(QString::fromLatin1(secret)));

    // Clicking a step reads it whole in the pane below, the subject with it.
    auto *detail = panel->findChild<QLabel *>(u"traceStepDetail"_s);
    QVERIFY(detail);
    QVERIFY(detail->text().startsWith(u"Select a step"_s));
    int authenticate = -1;
    for (int row = 0; row < trace->rowCount(); ++row) {
        if (trace->index(row, 0).data().toString() == u"authenticate"_s)
            authenticate = row;
    }
    QVERIFY(authenticate >= 0);
    QTableView *steps = panel->traceView();
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                      steps->visualRect(trace->index(authenticate, 2)).center());
    const QString reason = trace->index(authenticate, 2).data().toString();
    QVERIFY(!reason.isEmpty());
    QVERIFY2(detail->text().startsWith(u"authenticate, refused: "_s + reason),
             qPrintable(detail->text()));
    const QString subject = trace->index(authenticate, 3).data().toString();
    QVERIFY(subject.isEmpty() || detail->text().contains(u"Subject: "_s + subject));
    QVERIFY(!detail->text().contains(QString::fromLatin1(secret)));
    // Another request: no step is chosen yet.
    panel->logView()->selectRow(1);
    QVERIFY(detail->text().startsWith(u"Select a step"_s));

    if (const QString shot = qEnvironmentVariable("GATEHOUSE_TESTSERVER_SCREENSHOT");
        !shot.isEmpty()) {
        window->resize(1360, 820);
        QApplication::processEvents();
        QVERIFY(window->grab().save(shot));
    }

    stop->trigger();
    QVERIFY(!server->isRunning());
    QCOMPARE(statusText(*window), u"Test server: stopped"_s);
    QVERIFY(!portAccepts(port));
    QVERIFY(start->isEnabled());

    // Each request is in the file's log too, and comes back with the file.
    auto kept = RequestLog::read(m_dir.filePath(u"serve.gatehouse"_s));
    QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
    QCOMPARE(kept->size(), 4);
    QCOMPARE(kept->at(1).status, 404);
    m_script->saveChoice = test::Script::SaveChoice::Discard;
    QVERIFY(window->files()->newProject());
    QCOMPARE(log->rowCount(), 0);
    QVERIFY(window->files()->open(m_dir.filePath(u"serve.gatehouse"_s)));
    QCOMPARE(log->rowCount(), 4);
    QCOMPARE(log->index(1, RequestLogModel::StatusColumn).data().toInt(), 404);
}

void tst_TestServer::untitledProjectIsSavedFirst()
{
    auto window = test::scriptedWindow(m_script);
    QVERIFY(window->files()->newProject());
    QVERIFY(window->session()->filePath().isEmpty());
    QAction *start = serverMenuAction(*window, u"startTestServerAction"_s);
    QVERIFY(start);

    // The save dialog is cancelled: no file, no server.
    m_script->savePath.clear();
    start->trigger();
    QVERIFY(!window->testServer()->isRunning());
    QVERIFY(window->session()->filePath().isEmpty());
    QCOMPARE(statusText(*window), u"Test server: stopped"_s);

    // Given a file, it saves there and serves it.
    m_script->savePath = m_dir.filePath(u"untitled.gatehouse"_s);
    start->trigger();
    QCOMPARE(window->session()->filePath(), m_script->savePath);
    QVERIFY(QFile::exists(m_script->savePath));
    QVERIFY(window->testServer()->isRunning());
    // An empty project has no workflow to call.
    QCOMPARE(post(window->testServer()->port(), u"/api/1.1/wf/public_ping"_s), 404);
}

void tst_TestServer::takenPortFallsBackToAFreeOne()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QSettings().setValue(TestServerController::portSettingsKey(), squatter.serverPort());
    auto window = test::demoWindow(m_script, m_dir.filePath(u"taken.gatehouse"_s));
    QVERIFY(window);
    QVERIFY(window->testServer()->start());
    const quint16 port = window->testServer()->port();
    QVERIFY(port != 0);
    QVERIFY(port != squatter.serverPort());
    QCOMPARE(post(port, u"/api/1.1/wf/public_ping"_s), 200);
}

void tst_TestServer::openingAnotherProjectStopsIt()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"first.gatehouse"_s));
    QVERIFY(window);
    QVERIFY(window->testServer()->start());
    const quint16 port = window->testServer()->port();
    QVERIFY(portAccepts(port));
    QVERIFY(window->files()->openDemo());
    QVERIFY(!window->testServer()->isRunning());
    QVERIFY(!portAccepts(port));
    QCOMPARE(statusText(*window), u"Test server: stopped"_s);
}

void tst_TestServer::closingTheWindowStopsIt()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"closing.gatehouse"_s));
    QVERIFY(window);
    QVERIFY(window->testServer()->start());
    const quint16 port = window->testServer()->port();
    QCOMPARE(post(port, u"/api/1.1/wf/public_ping"_s), 200);
    QVERIFY(window->close());
    QVERIFY(!window->testServer()->isRunning());
    QVERIFY(!portAccepts(port));
}

QTEST_MAIN(tst_TestServer)
#include "tst_testserver.moc"
