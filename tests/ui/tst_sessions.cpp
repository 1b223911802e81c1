// The Sessions dock of the token manager against the editor's test server:
// test users logged in over HTTP show with their sessions, and revoking one
// session, then all of a user's, is refused by the server from the next
// request while the other user's session goes on working.
#include "EditorSession.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "server/TestServerController.h"
#include "tokens/SessionTableModel.h"
#include "tokens/SessionsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_Sessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loggedInUsersShowAndRevokeHolds();
    void unsavedProjectSaysWhereSessionsLive();

private:
    SessionsPanel *panel() const { return m_window->sessionsPanel(); }
    QByteArray logIn(const QString &email, const QString &password);
    void openSessions();
    void clickButton(const QString &objectName);
    void chooseUser(const QString &email);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<test::Script> m_script;
    test::HttpProbe m_http;
};

void tst_Sessions::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_Sessions::init()
{
    test::clearSettingsForTestServer();
    m_script = std::make_shared<test::Script>();
    m_window = test::demoWindow(m_script, {}, {1024, 700});
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Sessions::cleanup()
{
    m_window->testServer()->stop();
    m_window.reset();
}

QByteArray tst_Sessions::logIn(const QString &email, const QString &password)
{
    const QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    if (m_http.post(u"/api/1.1/wf/issue_token"_s, {}, QJsonDocument(body).toJson()) != 200)
        return {};
    return QJsonDocument::fromJson(m_http.lastBody())[u"response"_s][u"token"_s]
        .toString()
        .toUtf8();
}

void tst_Sessions::openSessions()
{
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dock = m_window->findChild<QDockWidget *>(u"sessionsDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
}

void tst_Sessions::clickButton(const QString &objectName)
{
    auto *button = panel()->findChild<QPushButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY2(button->isEnabled(), qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Picks the user by the keyboard, as a person would with the box focused;
// an empty `email` picks "All test users", the first entry.
void tst_Sessions::chooseUser(const QString &email)
{
    QComboBox *box = panel()->userBox();
    const int wanted = email.isEmpty() ? 0 : box->findText(email, Qt::MatchStartsWith);
    QVERIFY2(wanted >= 0, qPrintable(u"no user "_s + email));
    box->setFocus();
    while (box->currentIndex() < wanted)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > wanted)
        QTest::keyClick(box, Qt::Key_Up);
}

void tst_Sessions::loggedInUsersShowAndRevokeHolds()
{
    m_script->savePath = m_dir.filePath(u"sessions.gatehouse"_s);
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(m_window->testServer()->start());
    m_http.setPort(m_window->testServer()->port());
    const QByteArray aliceFirst = logIn(u"alice@example.com"_s, u"alice-password"_s);
    const QByteArray aliceSecond = logIn(u"alice@example.com"_s, u"alice-password"_s);
    const QByteArray bob = logIn(u"bob@example.com"_s, u"bob-password"_s);
    QVERIFY(!aliceFirst.isEmpty() && !aliceSecond.isEmpty() && !bob.isEmpty());

    openSessions();
    QAbstractItemModelTester tester(panel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    SessionTableModel *model = panel()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, SessionTableModel::StateColumn).data().toString(), u"active"_s);
    QVERIFY(aliceFirst.startsWith(
        model->index(0, SessionTableModel::PrefixColumn).data().toString().chopped(1).toUtf8()));

    chooseUser(u"alice@example.com"_s);
    QCOMPARE(model->rowCount(), 2);
    QTableView *view = panel()->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(0, SessionTableModel::UserColumn)).center());
    clickButton(u"revokeSession"_s);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY2(panel()->notice().contains(u"Revoked"_s), qPrintable(panel()->notice()));
    const QString tag = u"/api/1.1/wf/tag_my_transactions"_s;
    QCOMPARE(m_http.post(tag, aliceFirst), 401);
    QCOMPARE(m_http.post(tag, aliceSecond), 200);

    clickButton(u"revokeUserSessions"_s);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(m_http.post(tag, aliceSecond), 401);
    QCOMPARE(m_http.post(tag, bob), 200);
    chooseUser({}); // all test users: bob's is left
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, SessionTableModel::UserColumn).data().toString().startsWith(u"bob"_s));

    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    logIn(u"alice@example.com"_s, u"alice-password"_s);
    logIn(u"root@example.com"_s, u"root-password"_s);
    QTRY_COMPARE(model->rowCount(), 3);
    m_window->findChild<QDockWidget *>(u"propertiesDock"_s)->hide();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/sessions-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/sessions-dark.png"_s));
}

void tst_Sessions::unsavedProjectSaysWhereSessionsLive()
{
    openSessions();
    QCOMPARE(panel()->model()->rowCount(), 0);
    QVERIFY2(panel()->notice().contains(u"save the project"_s), qPrintable(panel()->notice()));
    QVERIFY(!panel()->findChild<QPushButton *>(u"revokeSession"_s)->isEnabled());
}

QTEST_MAIN(tst_Sessions)
#include "tst_sessions.moc"
