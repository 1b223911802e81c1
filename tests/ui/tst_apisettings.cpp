// The API Settings dock against the editor's test server: every kind of
// control (a switch, the Data API's type list, a number) changes what the
// server answers from the next request, each edit is one undo step, and
// undo puts the server back. Each control says its security meaning.
#include "EditorSession.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "crypto/TokenIssuer.h"
#include "files/FileController.h"
#include "models/RequestLogModel.h"
#include "server/TestServerController.h"
#include "settings/ApiSettingsPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_ApiSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlSaysItsSecurityMeaning();
    void switchesChangeWhatTheServerDoes();
    void dataApiTypesList();
    void numbersChangeTheLimits();
    void tokenRateLimitsEachToken();
    void clientLimitsReachTheRunningServer();
    void lifetimesShapeTheNextLogIn();
    void inactivityEndsAnIdleSession();
    void undoPutsTheSettingsBack();
    void screenshot();

private:
    ApiSettingsPanel *panel() const { return m_window->apiSettingsPanel(); }
    const ProjectSettings &settings() const
    {
        return m_window->session()->document()->project().settings;
    }
    QUndoStack *undo() const { return m_window->session()->undoStack(); }
    void clickBox(const QString &objectName);
    void typeNumber(const QString &objectName, int value);
    // Logs alice in through the demo's issue_token; the response's JSON.
    QJsonObject logIn(bool stayLoggedIn);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    test::HttpProbe m_http;
    QByteArray m_admin; // an admin token's secret, with every scope
};

void tst_ApiSettings::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_ApiSettings::init()
{
    QSettings().clear();
    QSettings().setValue(TestServerController::portSettingsKey(), 0);
    auto script = std::make_shared<test::Script>();
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(script);
    options.restoreLayout = false;
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->files()->openDemo();
    // A full admin token, as a fixture; the token manager's own tests make
    // theirs through the dialog.
    TokenRequest request;
    request.name = u"admin"_s;
    auto issued = TokenIssuer::issue(m_window->session()->document()->project(), request,
                                     QDateTime::currentDateTimeUtc());
    QVERIFY(issued);
    QVERIFY(m_window->session()->document()->insertToken(0, issued->token));
    m_admin = issued->secret.toUtf8();
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    script->savePath =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".gatehouse"_s);
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(m_window->testServer()->start());
    m_http.setPort(m_window->testServer()->port());
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->findChild<QDockWidget *>(u"apiSettingsDock"_s)->isVisible());
}

void tst_ApiSettings::cleanup()
{
    m_window->testServer()->stop();
    m_window.reset();
}

void tst_ApiSettings::clickBox(const QString &objectName)
{
    QCheckBox *box = panel()->checkBox(objectName);
    QVERIFY2(box, qPrintable(objectName));
    const int steps = undo()->count();
    // The dock scrolls; bring the control into sight as a person would.
    if (auto *scroll = qobject_cast<QScrollArea *>(panel()->parentWidget()->parentWidget()))
        scroll->ensureWidgetVisible(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QCOMPARE(undo()->count(), steps + 1);
}

void tst_ApiSettings::typeNumber(const QString &objectName, int value)
{
    QSpinBox *box = panel()->spinBox(objectName);
    QVERIFY2(box, qPrintable(objectName));
    const int steps = undo()->count();
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(box->value(), value);
    QCOMPARE(undo()->count(), steps + 1);
}

void tst_ApiSettings::everyControlSaysItsSecurityMeaning()
{
    const auto controls = panel()->findChildren<QWidget *>();
    int named = 0;
    for (QWidget *control : controls) {
        if (!qobject_cast<QCheckBox *>(control) && !qobject_cast<QSpinBox *>(control) &&
            !qobject_cast<QListWidget *>(control))
            continue;
        ++named;
        QVERIFY2(control->toolTip().size() > 30, qPrintable(control->objectName()));
    }
    QCOMPARE(named, 6 + 13); // five switches and the type list; thirteen numbers
}

void tst_ApiSettings::switchesChangeWhatTheServerDoes()
{
    const QString ping = u"/api/1.1/wf/public_ping"_s;
    QCOMPARE(m_http.post(ping), 200);
    clickBox(u"workflowApi"_s);
    QVERIFY(!settings().workflowApiEnabled);
    QCOMPARE(m_http.post(ping), 404);
    clickBox(u"workflowApi"_s);
    QCOMPARE(m_http.post(ping), 200);

    const QString swagger = u"/api/1.1/meta/swagger.json"_s;
    QCOMPARE(m_http.get(swagger), 404);
    clickBox(u"swagger"_s);
    QCOMPARE(m_http.get(swagger), 200);

    const QString cleanupInQuery =
        u"/api/1.1/wf/admin_cleanup?api_token="_s + QString::fromUtf8(m_admin);
    QCOMPARE(m_http.post(cleanupInQuery), 200);
    clickBox(u"tokensInQuery"_s);
    QVERIFY(!settings().tokensInQuerystring);
    QCOMPARE(m_http.post(cleanupInQuery), 401);

    // With the bypass an admin token's run sees every transaction; without
    // it the privacy rules apply, and an admin token is no user they match.
    const QString tag = u"/api/1.1/wf/tag_my_transactions"_s;
    QCOMPARE(m_http.post(tag, m_admin), 200);
    const QByteArray bypassed = m_http.lastBody();
    clickBox(u"adminBypassPrivacy"_s);
    QCOMPARE(m_http.post(tag, m_admin), 200);
    QVERIFY2(m_http.lastBody() != bypassed, bypassed.constData());
}

void tst_ApiSettings::dataApiTypesList()
{
    // The demo serves Transaction through the Data API.
    const QString transactions = u"/api/1.1/obj/transaction"_s;
    QCOMPARE(m_http.get(transactions, m_admin), 200);
    clickBox(u"dataApi"_s);
    QVERIFY(!settings().dataApiEnabled);
    QCOMPARE(m_http.get(transactions, m_admin), 404);
    QListWidget *types = panel()->dataApiTypes();
    QVERIFY(!types->isEnabled());
    clickBox(u"dataApi"_s);
    QCOMPARE(m_http.get(transactions, m_admin), 200);
    QVERIFY(types->isEnabled());
    const auto found = types->findItems(u"Transaction"_s, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first()->checkState(), Qt::Checked);
    const int steps = undo()->count();
    types->setFocus();
    types->setCurrentItem(found.first());
    QTest::keyClick(types, Qt::Key_Space);
    QCOMPARE(undo()->count(), steps + 1);
    QVERIFY(settings().dataApiTypes.isEmpty());
    QCOMPARE(m_http.get(transactions, m_admin), 404); // on, but the type is not exposed
    undo()->undo();
    QCOMPARE(settings().dataApiTypes, QStringList{u"Transaction"_s});
    QCOMPARE(m_http.get(transactions, m_admin), 200);
}

void tst_ApiSettings::numbersChangeTheLimits()
{
    const QString ping = u"/api/1.1/wf/public_ping"_s;
    const QByteArray body = "{\"padding\":\"" + QByteArray(200, 'x') + "\"}";
    QCOMPARE(m_http.post(ping, {}, body), 200);
    typeNumber(u"bodyLimit"_s, 64);
    QCOMPARE(settings().limits.maxBodyBytes, qint64(64));
    QCOMPARE(m_http.post(ping, {}, body), 413);
    QCOMPARE(m_http.post(ping), 200);

    typeNumber(u"ratePerWorkflow"_s, 1);
    QCOMPARE(m_http.post(ping), 200);
    QCOMPARE(m_http.post(ping), 429);

    typeNumber(u"ratePerToken"_s, 1);
    QCOMPARE(settings().limits.requestsPerMinutePerToken, 1);
    typeNumber(u"requestLogSize"_s, 2);
    QCOMPARE(m_window->testServer()->logModel()->capacity(), 2);

    // A log-in's token lifetime: the token the next log-in issues follows.
    typeNumber(u"userTokenLifetime"_s, 120);
    QCOMPARE(settings().userTokenLifetimeSeconds, 120);
    typeNumber(u"stayLoggedInLifetime"_s, 600);
    typeNumber(u"inactivityWindow"_s, 300);
    typeNumber(u"reviewIntervalSetting"_s, 14);
    QCOMPARE(settings().tokenReviewIntervalDays, 14);
}

QJsonObject tst_ApiSettings::logIn(bool stayLoggedIn)
{
    const QJsonObject body{{u"email"_s, u"alice@example.com"_s},
                           {u"password"_s, u"alice-password"_s},
                           {u"stay_logged_in"_s, stayLoggedIn}};
    if (m_http.post(u"/api/1.1/wf/issue_token"_s, {}, QJsonDocument(body).toJson()) != 200)
        return {};
    return QJsonDocument::fromJson(m_http.lastBody())[u"response"_s].toObject();
}

// One request a minute per token: the token's second call is refused, while
// another caller (anonymous) is not counted against it.
void tst_ApiSettings::tokenRateLimitsEachToken()
{
    const QString ping = u"/api/1.1/wf/public_ping"_s;
    QCOMPARE(m_http.post(ping, m_admin), 200);
    QCOMPARE(m_http.post(ping, m_admin), 200);
    typeNumber(u"ratePerToken"_s, 1);
    QCOMPARE(m_http.post(ping, m_admin), 200);
    QCOMPARE(m_http.post(ping, m_admin), 429);
    QCOMPARE(m_http.post(ping), 200);
    undo()->undo();
    QCOMPARE(m_http.post(ping, m_admin), 200);
}

// The per-client limits are settings of the project now, not only `serve`
// options: typed here, the running server follows from the next request.
void tst_ApiSettings::clientLimitsReachTheRunningServer()
{
    const QString ping = u"/api/1.1/wf/public_ping"_s;
    typeNumber(u"ratePerClient"_s, 1);
    QCOMPARE(settings().limits.requestsPerMinutePerClient, 1);
    QCOMPARE(m_http.post(ping), 200);
    QCOMPARE(m_http.post(ping), 429);
    QCOMPARE(m_http.post(ping, m_admin), 200); // a token is counted as itself
    typeNumber(u"ratePerClient"_s, 0);         // no limit
    QCOMPARE(m_http.post(ping), 200);

    typeNumber(u"ratePerClientWorkflow"_s, 1);
    QCOMPARE(settings().limits.requestsPerMinutePerClientWorkflow, 1);
    QCOMPARE(m_http.post(ping, m_admin), 200);
    QCOMPARE(m_http.post(ping, m_admin), 429);

    typeNumber(u"connectionsPerClient"_s, 3);
    typeNumber(u"headerDeadline"_s, 2500);
    typeNumber(u"minBodyRate"_s, 100);
    const ServerLimits served = m_window->testServer()->serverLimits();
    QCOMPARE(served.maxConnectionsPerClient, 3);
    QCOMPARE(served.headerTimeoutMs, 2500);
    QCOMPARE(served.minBodyBytesPerSecond, 100);
}

// The user token lifetime and the stay-logged-in lifetime: the next log-in
// issues a token that lives that long, and says so in `expires`.
void tst_ApiSettings::lifetimesShapeTheNextLogIn()
{
    typeNumber(u"userTokenLifetime"_s, 120);
    QCOMPARE(logIn(false)[u"expires"_s].toInt(), 120);
    typeNumber(u"stayLoggedInLifetime"_s, 600);
    QCOMPARE(logIn(true)[u"expires"_s].toInt(), 600);
    QCOMPARE(logIn(false)[u"expires"_s].toInt(), 120);
    // A session that outlives its lifetime is refused.
    typeNumber(u"userTokenLifetime"_s, 1);
    const QByteArray shortLived = logIn(false)[u"token"_s].toString().toUtf8();
    QVERIFY(!shortLived.isEmpty());
    QTest::qWait(1500);
    QCOMPARE(m_http.post(u"/api/1.1/wf/tag_my_transactions"_s, shortLived), 401);
}

// A session not used for the inactivity window is refused; one in use
// within it goes on working.
void tst_ApiSettings::inactivityEndsAnIdleSession()
{
    typeNumber(u"inactivityWindow"_s, 2);
    const QByteArray session = logIn(false)[u"token"_s].toString().toUtf8();
    QVERIFY(!session.isEmpty());
    QCOMPARE(m_http.post(u"/api/1.1/wf/tag_my_transactions"_s, session), 200);
    QTest::qWait(2500);
    QCOMPARE(m_http.post(u"/api/1.1/wf/tag_my_transactions"_s, session), 401);
}

void tst_ApiSettings::undoPutsTheSettingsBack()
{
    const ProjectSettings before = settings();
    clickBox(u"workflowApi"_s);
    typeNumber(u"bodyLimit"_s, 64);
    QCOMPARE(undo()->undoText(), u"Set API setting \"Body limit\" to 64"_s);
    undo()->undo();
    undo()->undo();
    QCOMPARE(settings(), before);
    QVERIFY(panel()->checkBox(u"workflowApi"_s)->isChecked());
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s), 200);
    undo()->redo();
    QVERIFY(!panel()->checkBox(u"workflowApi"_s)->isChecked());
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s), 404);
}

// With GATEHOUSE_SHOTS set to a folder: the dock at 1024x700 scrolled to the
// per-client limits, to look at.
void tst_ApiSettings::screenshot()
{
    const QString folder = qEnvironmentVariable("GATEHOUSE_SHOTS");
    if (folder.isEmpty())
        QSKIP("GATEHOUSE_SHOTS is not set");
    auto *last = m_window->findChild<QSpinBox *>(u"minBodyRate"_s);
    QVERIFY(last);
    for (QWidget *w = last; w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureWidgetVisible(last);
            area->horizontalScrollBar()->setValue(0);
            break;
        }
    }
    QCoreApplication::processEvents(); // the scroll and the layout, before the picture
    QVERIFY(m_window->grab().save(folder + u"/api-settings-limits.png"_s));
}

QTEST_MAIN(tst_ApiSettings)
#include "tst_apisettings.moc"
