// The Request Log dock end to end: calls made with raw HTTP as curl makes
// them (no editor involved) are logged, filtered, opened in the Request
// panel with their method, path and caller, and sent again from there.
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "models/RequestLogFilterModel.h"
#include "models/RequestLogModel.h"
#include "panels/RequestLogChart.h"
#include "panels/RequestLogFilterBar.h"
#include "panels/RequestLogPanel.h"
#include "server/RequestPanel.h"
#include "server/TestServerController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_RequestLogOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void curlCallOpensInTheRequestPanel();
    void testUserCallOpensAsThatUser();
    void screenshots();

private:
    std::unique_ptr<MainWindow> servedDemo(const QString &name);
    // One request written on a socket as curl writes it; the status answered
    // (-1 when none) and the body in `body`.
    int curl(const QByteArray &method, const QString &path, const QByteArray &json = {},
             const QByteArray &bearer = {}, QByteArray *body = nullptr);
    static RequestLogPanel *logPanel(MainWindow &window);
    static void openRow(RequestLogPanel *panel, int row);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
    quint16 m_port = 0;
};

void tst_RequestLogOpen::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_RequestLogOpen::init()
{
    test::clearSettingsForTestServer();
    m_script = std::make_shared<test::Script>();
}

std::unique_ptr<MainWindow> tst_RequestLogOpen::servedDemo(const QString &name)
{
    auto window = test::demoWindow(m_script, m_dir.filePath(name));
    if (!window || !window->testServer()->start())
        return {};
    m_port = window->testServer()->port();
    return window;
}

int tst_RequestLogOpen::curl(const QByteArray &method, const QString &path, const QByteArray &json,
                             const QByteArray &bearer, QByteArray *body)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_port);
    QByteArray request = method + ' ' + path.toUtf8() +
                         " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                         "\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\nConnection: close\r\n";
    if (!bearer.isEmpty())
        request += "Authorization: Bearer " + bearer + "\r\n";
    if (!json.isEmpty())
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
            "\r\n";
    socket.write(request + "\r\n" + json);
    // Read until the whole body its Content-Length announces is in, or closed.
    QByteArray answer;
    int headersEnd = -1;
    qint64 wanted = -1;
    while (wanted < 0 || answer.size() < wanted) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(10000))
            break;
        answer += socket.readAll();
        headersEnd = int(answer.indexOf("\r\n\r\n"));
        if (headersEnd >= 0 && wanted < 0) {
            const QByteArray head = answer.left(headersEnd).toLower();
            const int at = int(head.indexOf("content-length:"));
            const qint64 length =
                at < 0 ? 0
                       : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            wanted = headersEnd + 4 + length;
        }
    }
    if (!answer.startsWith("HTTP/1.1 ") || headersEnd < 0)
        return -1;
    if (body)
        *body = answer.mid(headersEnd + 4);
    return answer.mid(9, 3).toInt();
}

RequestLogPanel *tst_RequestLogOpen::logPanel(MainWindow &window)
{
    auto *dock = window.findChild<QDockWidget *>(u"requestLogDock"_s);
    return dock && dock->isVisible() ? dock->findChild<RequestLogPanel *>() : nullptr;
}

void tst_RequestLogOpen::openRow(RequestLogPanel *panel, int row)
{
    panel->logView()->selectRow(row);
    panel->logView()->setFocus();
    QTest::keyClick(panel->logView(), Qt::Key_Return);
}

void tst_RequestLogOpen::curlCallOpensInTheRequestPanel()
{
    auto window = servedDemo(u"curl.gatehouse"_s);
    QVERIFY(window);
    RequestLogPanel *panel = logPanel(*window);
    QVERIFY(panel);
    QCOMPARE(curl("POST", u"/api/1.1/wf/public_ping"_s, "{}"), 200);
    QCOMPARE(curl("POST", u"/api/1.1/wf/create_transaction"_s,
                  R"({"account":"ACC-1","phone":"+1 555","amount":5})"),
             401);
    QVERIFY(curl("GET", u"/api/1.1/obj/transaction"_s) > 0);
    QAbstractItemModel *rows = panel->logView()->model();
    QTRY_COMPARE(rows->rowCount(), 3);

    // Narrowed to the workflow, chosen where the dock offers it.
    QComboBox *target = panel->filterBar()->targetCombo();
    const int workflow = target->findData(u"workflow `create_transaction`"_s);
    QVERIFY(workflow > 0);
    target->setCurrentIndex(workflow);
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(panel->filterBar()->countLabel()->text(), u"1 of 3 requests"_s);

    QVERIFY(!window->requestPanel());
    openRow(panel, 0);
    RequestPanel *request = window->requestPanel();
    QVERIFY(request);
    QTRY_VERIFY(request->isVisible());
    QCOMPARE(request->findChild<QComboBox *>(u"requestMethod"_s)->currentText(), u"POST"_s);
    QCOMPARE(request->pathEdit()->text(), u"/api/1.1/wf/create_transaction"_s);
    QCOMPARE(request->targetCombo()->currentData().toString(), u"create_transaction"_s);
    const QJsonObject body =
        QJsonDocument::fromJson(request->bodyEdit()->toPlainText().toUtf8()).object();
    QCOMPARE(QStringList(body.keys()), (QStringList{u"account"_s, u"amount"_s, u"phone"_s}));
    QCOMPARE(request->actAsCombo()->currentIndex(), RequestPanel::anonymousIndex);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"no header, query or body"_s),
             qPrintable(window->statusBar()->currentMessage()));
    // The filter stays as it was while the call is sent again.
    QSignalSpy finished(request, &RequestPanel::finished);
    request->sendButton()->click();
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QTRY_COMPARE(panel->filterModel()->log()->rowCount(), 4);
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->index(1, 3).data().toInt(), 401);

    // The Data API call, from the context menu's action: its method and path.
    target->setCurrentIndex(target->findData(u"data type `transaction`"_s));
    QCOMPARE(rows->rowCount(), 1);
    panel->logView()->selectRow(0);
    panel->openAction()->trigger();
    QCOMPARE(request->findChild<QComboBox *>(u"requestMethod"_s)->currentText(), u"GET"_s);
    QCOMPARE(request->pathEdit()->text(), u"/api/1.1/obj/transaction"_s);
}

void tst_RequestLogOpen::testUserCallOpensAsThatUser()
{
    auto window = servedDemo(u"alice.gatehouse"_s);
    QVERIFY(window);
    RequestLogPanel *panel = logPanel(*window);
    QVERIFY(panel);
    QByteArray answer;
    QCOMPARE(curl("POST", u"/api/1.1/wf/issue_token"_s,
                  R"({"email":"alice@example.com","password":"alice-password"})", {}, &answer),
             200);
    const QByteArray token = QJsonDocument::fromJson(answer)
                                 .object()
                                 .value(u"response"_s)
                                 .toObject()
                                 .value(u"token"_s)
                                 .toString()
                                 .toUtf8();
    QVERIFY2(!token.isEmpty(), answer.constData());
    QCOMPARE(curl("POST", u"/api/1.1/wf/create_transaction"_s,
                  R"({"account":"ACC-1","phone":"+1 555","amount":5})", token),
             200);
    QAbstractItemModel *rows = panel->logView()->model();
    QTRY_COMPARE(rows->rowCount(), 2);
    const QString caller = rows->index(1, 4).data().toString();
    QVERIFY2(caller.startsWith(u"user `alice@example.com`"_s), qPrintable(caller));

    openRow(panel, 1);
    RequestPanel *request = window->requestPanel();
    QVERIFY(request);
    QCOMPARE(request->actAsCombo()->currentText(), u"alice@example.com"_s);
    QCOMPARE(request->pathEdit()->text(), u"/api/1.1/wf/create_transaction"_s);
    // The token curl used is nowhere in the panel: the engine issues a new session.
    QVERIFY(request->credentialEdit()->text().isEmpty());
    for (const QPlainTextEdit *edit : request->findChildren<QPlainTextEdit *>())
        QVERIFY(!edit->toPlainText().contains(QString::fromUtf8(token)));
    QVERIFY(!window->statusBar()->currentMessage().contains(QString::fromUtf8(token)));

    QSignalSpy finished(request, &RequestPanel::finished);
    request->sendButton()->click();
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QTRY_COMPARE(rows->rowCount(), 3);
    QVERIFY(rows->index(2, 4).data().toString().startsWith(u"user `alice@example.com`"_s));
    QCOMPARE(rows->index(2, 3).data().toInt(), 200);
}

void tst_RequestLogOpen::screenshots()
{
    const QString folder = qEnvironmentVariable("GATEHOUSE_SHOTS");
    if (folder.isEmpty())
        QSKIP("GATEHOUSE_SHOTS is not set");
    auto window = servedDemo(u"shots.gatehouse"_s);
    QVERIFY(window);
    window->resize(1024, 700);
    RequestLogPanel *panel = logPanel(*window);
    QVERIFY(panel);
    const QByteArray good = R"({"account":"ACC-1","phone":"+1 555","amount":5})";
    QByteArray answer;
    curl("POST", u"/api/1.1/wf/issue_token"_s,
         R"({"email":"alice@example.com","password":"alice-password"})", {}, &answer);
    const QByteArray token = QJsonDocument::fromJson(answer)
                                 .object()
                                 .value(u"response"_s)
                                 .toObject()
                                 .value(u"token"_s)
                                 .toString()
                                 .toUtf8();
    for (int i = 0; i < 12; ++i) {
        curl("POST", u"/api/1.1/wf/create_transaction"_s, good, i % 3 ? token : QByteArray());
        curl("POST", u"/api/1.1/wf/public_ping"_s, "{}");
        if (i % 4 == 0)
            curl("POST", u"/api/1.1/wf/create_transaction"_s, R"({"amount":1})", token);
        if (i % 5 == 0)
            curl("POST", u"/api/1.1/wf/no_such_workflow"_s, "{}");
    }
    QTRY_VERIFY(panel->filterModel()->log()->rowCount() >= 30);
    // Spread over the last seconds, as if sent 150 ms apart: a bar a second,
    // under a clock that stands still for the pictures.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RequestLogChart *chart = panel->chart();
    chart->setClock([now] { return now; });
    QList<RequestLogEntry> entries = window->testServer()->logModel()->entries();
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries[i].time = now.addMSecs(-150 * (entries.size() - 1 - i));
    window->testServer()->logModel()->setEntries(entries);
    QComboBox *target = panel->filterBar()->targetCombo();
    target->setCurrentIndex(target->findData(u"workflow `create_transaction`"_s));
    panel->logView()->selectRow(1);
    auto *dock = window->findChild<QDockWidget *>(u"requestLogDock"_s);
    window->findChild<QDockWidget *>(u"propertiesDock"_s)->close();
    window->resizeDocks({dock}, {430}, Qt::Vertical);
    QTRY_VERIFY(!chart->isRepaintPending());
    QVERIFY(window->grab().save(folder + u"/request-log-window-light.png"_s));
    QVERIFY(dock->grab().save(folder + u"/request-log-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QVERIFY(window->grab().save(folder + u"/request-log-window-dark.png"_s));
    QVERIFY(dock->grab().save(folder + u"/request-log-dark.png"_s));
}

QTEST_MAIN(tst_RequestLogOpen)
#include "tst_requestlogopen.moc"
