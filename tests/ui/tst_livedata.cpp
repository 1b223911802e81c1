// The Test Records panel's live view (issue 13, item 5): a write sent
// through the running test server shows in the live data and not in the
// test data, the view follows the server's requests, a read that fails
// says so in the table's place, and "reset live data to the test data"
// asks first, puts the saved test data back (sessions too) while the
// server runs, and is no step of the undo history.
#include "EditorSession.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "data/LiveRecordsController.h"
#include "data/RecordTableModel.h"
#include "data/RecordsPanel.h"
#include "files/FileController.h"
#include "server/RequestLogEntry.h"
#include "server/TestServerController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_LiveData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aServerWriteShowsLiveNotInTheTestData();
    void resetAsksFirstAndPutsTheTestDataBack();
    void aHiddenPanelReadsNothing();
    void aReadErrorShowsTheErrorNotAnEmptyTable();
    void anUnsavedProjectSaysWhereLiveDataLives();
    void modelPassesTheTesterLive();
    void screenshots();

private:
    RecordsPanel *panel() const { return m_window->recordsPanel(); }
    QAbstractItemModel *proxy() const { return panel()->proxy(); }
    const Project &project() const { return m_window->session()->document()->project(); }
    void serve(const QString &fileName);
    QByteArray logIn(const QString &email, const QString &password);
    int createTransaction(const QByteArray &token, const QString &account);
    QStringList accounts() const;
    void click(const QString &objectName);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<test::Script> m_script;
    test::HttpProbe m_http;
};

void tst_LiveData::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_LiveData::init()
{
    test::clearSettingsForTestServer();
    m_script = std::make_shared<test::Script>();
    m_window = test::demoWindow(m_script, {}, {1024, 700});
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QAction *>(u"showTestRecords"_s)->trigger();
    panel()->selectType(u"Transaction"_s);
}

void tst_LiveData::cleanup()
{
    m_window->testServer()->stop();
    m_window.reset();
}

void tst_LiveData::serve(const QString &fileName)
{
    m_script->savePath = m_dir.filePath(fileName);
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(m_window->testServer()->start());
    m_http.setPort(m_window->testServer()->port());
}

QByteArray tst_LiveData::logIn(const QString &email, const QString &password)
{
    const QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    if (m_http.post(u"/api/1.1/wf/issue_token"_s, {}, QJsonDocument(body).toJson()) != 200)
        return {};
    return QJsonDocument::fromJson(m_http.lastBody())[u"response"_s][u"token"_s]
        .toString()
        .toUtf8();
}

int tst_LiveData::createTransaction(const QByteArray &token, const QString &account)
{
    const QJsonObject body{{u"account"_s, account}, {u"phone"_s, u"555-0100"_s}, {u"amount"_s, 42}};
    return m_http.post(u"/api/1.1/wf/create_transaction"_s, token, QJsonDocument(body).toJson());
}

QStringList tst_LiveData::accounts() const
{
    const int column = panel()->model()->columnOfField(u"account"_s);
    QStringList out;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        out.append(proxy()->index(row, column).data().toString());
    return out;
}

void tst_LiveData::click(const QString &objectName)
{
    auto *button = panel()->findChild<QAbstractButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_LiveData::aServerWriteShowsLiveNotInTheTestData()
{
    serve(u"write.gatehouse"_s);
    const QByteArray bob = logIn(u"bob@example.com"_s, u"bob-password"_s);
    QVERIFY(!bob.isEmpty());
    QCOMPARE(createTransaction(bob, u"ACC-LIVE-1"_s), 200);
    const int undoCount = m_window->session()->undoStack()->count();

    QVERIFY(!accounts().contains(u"ACC-LIVE-1"_s));
    click(u"showLiveData"_s);
    QVERIFY(panel()->isShowingLiveData());
    QTRY_VERIFY(accounts().contains(u"ACC-LIVE-1"_s));
    QCOMPARE(proxy()->rowCount(), 6);
    QVERIFY2(panel()->liveBanner().contains(u"LIVE DATA"_s), qPrintable(panel()->liveBanner()));
    // Read-only, and no editing buttons while live.
    for (int column = 0; column < proxy()->columnCount(); ++column)
        QVERIFY(!(proxy()->index(0, column).flags() & Qt::ItemIsEditable));
    QVERIFY(!panel()->findChild<QPushButton *>(u"addRecord"_s)->isVisible());
    const int creator = panel()->model()->columnOfField(u"Created By"_s);
    QCOMPARE(proxy()->index(5, creator).data().toString(), u"bob@example.com"_s);

    // It follows the server: the next write shows without a refresh.
    panel()->view()->selectRow(2);
    QCOMPARE(createTransaction(bob, u"ACC-LIVE-2"_s), 200);
    QTRY_VERIFY(accounts().contains(u"ACC-LIVE-2"_s));
    QCOMPARE(panel()->view()->selectionModel()->selectedRows().value(0).row(), 2);

    click(u"showTestData"_s);
    QVERIFY(panel()->liveBanner().isEmpty());
    QCOMPARE(proxy()->rowCount(), 5);
    QVERIFY(!accounts().contains(u"ACC-LIVE-1"_s));
    for (const Record &record : project().records)
        QVERIFY(!record.values.value(u"account"_s).toString().startsWith(u"ACC-LIVE"_s));
    QCOMPARE(m_window->session()->undoStack()->count(), undoCount);
    QVERIFY(proxy()->index(0, 0).flags() & Qt::ItemIsEditable);
}

void tst_LiveData::resetAsksFirstAndPutsTheTestDataBack()
{
    serve(u"reset.gatehouse"_s);
    const QByteArray bob = logIn(u"bob@example.com"_s, u"bob-password"_s);
    QCOMPARE(createTransaction(bob, u"ACC-LIVE-1"_s), 200);
    click(u"showLiveData"_s);
    QTRY_COMPARE(proxy()->rowCount(), 6);
    const int undoCount = m_window->session()->undoStack()->count();

    m_script->resetLiveData = false;
    click(u"resetLiveData"_s);
    QCOMPARE(m_script->resetLiveDataQuestions, 1);
    QCOMPARE(proxy()->rowCount(), 6);
    QCOMPARE(m_http.post(u"/api/1.1/wf/tag_my_transactions"_s, bob), 200);

    m_script->resetLiveData = true;
    click(u"resetLiveData"_s);
    QCOMPARE(m_script->resetLiveDataQuestions, 2);
    QVERIFY(!m_script->resetLiveDataHadUnsavedEdits);
    QCOMPARE(proxy()->rowCount(), 5);
    QVERIFY(!accounts().contains(u"ACC-LIVE-1"_s));
    QVERIFY2(panel()->notice().contains(u"Undo does not"_s), qPrintable(panel()->notice()));
    QCOMPARE(m_window->session()->undoStack()->count(), undoCount);
    // The running server follows from its next request: bob's session went
    // with the live data, and a new write lands on the test data.
    QCOMPARE(m_http.post(u"/api/1.1/wf/tag_my_transactions"_s, bob), 401);
    const QByteArray again = logIn(u"bob@example.com"_s, u"bob-password"_s);
    QCOMPARE(createTransaction(again, u"ACC-LIVE-3"_s), 200);
    QTRY_COMPARE(proxy()->rowCount(), 6);
    QVERIFY(accounts().contains(u"ACC-LIVE-3"_s));

    // An unsaved edit is said, and not part of what the reset puts back.
    click(u"showTestData"_s);
    QVERIFY(proxy()->setData(proxy()->index(0, panel()->model()->columnOfField(u"note"_s)),
                             u"unsaved"_s));
    click(u"showLiveData"_s);
    click(u"resetLiveData"_s);
    QVERIFY(m_script->resetLiveDataHadUnsavedEdits);
    QTRY_COMPARE(proxy()->rowCount(), 5);
    const int note = panel()->model()->columnOfField(u"note"_s);
    QVERIFY(proxy()->index(0, note).data().toString() != u"unsaved"_s);
}

void tst_LiveData::aHiddenPanelReadsNothing()
{
    serve(u"hidden.gatehouse"_s);
    auto *live = panel()->findChild<LiveRecordsController *>();
    QVERIFY(live);
    click(u"showLiveData"_s);
    QTRY_VERIFY(live->isActive());
    m_window->findChild<QDockWidget *>(u"testRecordsDock"_s)->hide();
    QVERIFY(!live->isActive());
    QSignalSpy reads(live, &LiveRecordsController::recordsRead);
    const QByteArray bob = logIn(u"bob@example.com"_s, u"bob-password"_s);
    QSignalSpy logged(m_window->testServer(), &TestServerController::entryLogged);
    QCOMPARE(createTransaction(bob, u"ACC-HIDDEN"_s), 200);
    // The write is logged, and the hidden panel neither read it nor waits to.
    const auto writeLogged = [&logged] {
        return std::any_of(logged.cbegin(), logged.cend(), [](const QList<QVariant> &args) {
            return args.at(0).value<RequestLogEntry>().path.endsWith(u"/create_transaction"_s);
        });
    };
    QTRY_VERIFY(writeLogged());
    QVERIFY(!live->isReadScheduled());
    QCOMPARE(reads.count(), 0);
    m_window->findChild<QAction *>(u"showTestRecords"_s)->trigger();
    QTRY_COMPARE(reads.count(), 1);
    QTRY_VERIFY(accounts().contains(u"ACC-HIDDEN"_s));
}

void tst_LiveData::aReadErrorShowsTheErrorNotAnEmptyTable()
{
    m_script->savePath = m_dir.filePath(u"broken.gatehouse"_s);
    QVERIFY(m_window->files()->saveAs());
    click(u"showLiveData"_s);
    // Never served: the live data will start as the saved test data.
    QTRY_COMPARE(proxy()->rowCount(), 5);
    QVERIFY2(panel()->liveBanner().contains(u"not started"_s), qPrintable(panel()->liveBanner()));
    QCOMPARE(panel()->currentPage(), panel()->view());

    QFile file(m_script->savePath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(4096, 'x'));
    file.close();
    click(u"refreshLiveData"_s);
    QVERIFY2(panel()->liveError().contains(u"Could not read the live data"_s),
             qPrintable(panel()->liveError()));
    QVERIFY(panel()->currentPage() != panel()->view());
    QVERIFY(!panel()->view()->isVisible());
}

void tst_LiveData::anUnsavedProjectSaysWhereLiveDataLives()
{
    click(u"showLiveData"_s);
    QVERIFY2(panel()->liveError().contains(u"save the project"_s),
             qPrintable(panel()->liveError()));
    QVERIFY(!panel()->findChild<QPushButton *>(u"resetLiveData"_s)->isEnabled());
    click(u"showTestData"_s);
    QCOMPARE(panel()->currentPage(), panel()->view());
    QCOMPARE(proxy()->rowCount(), 5);
}

void tst_LiveData::modelPassesTheTesterLive()
{
    QAbstractItemModelTester tester(panel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    serve(u"tester.gatehouse"_s);
    click(u"showLiveData"_s);
    QTRY_COMPARE(proxy()->rowCount(), 5);
    const QByteArray bob = logIn(u"bob@example.com"_s, u"bob-password"_s);
    QCOMPARE(createTransaction(bob, u"ACC-T"_s), 200);
    QTRY_COMPARE(proxy()->rowCount(), 6);
    click(u"refreshLiveData"_s); // the same rows: cells only
    panel()->selectType(DataType::userTypeName());
    QCOMPARE(proxy()->rowCount(), 3);
    click(u"showTestData"_s);
    panel()->selectType(u"Transaction"_s);
    QCOMPARE(proxy()->rowCount(), 5);
}

void tst_LiveData::screenshots()
{
    serve(u"shots.gatehouse"_s);
    const QByteArray bob = logIn(u"bob@example.com"_s, u"bob-password"_s);
    QCOMPARE(createTransaction(bob, u"ACC-LIVE-1"_s), 200);
    click(u"showLiveData"_s);
    QTRY_COMPARE(proxy()->rowCount(), 6);
    panel()->view()->selectRow(5);
    QVERIFY(panel()->view()->height() >= 3 * panel()->view()->rowHeight(0));
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    m_window->findChild<QDockWidget *>(u"propertiesDock"_s)->hide();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/test-records-live-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/test-records-live-dark.png"_s));
}

QTEST_MAIN(tst_LiveData)
#include "tst_livedata.moc"
