// The Request panel's history, cURL and suites, driven through the real
// window under the offscreen platform: each sent request kept in the project
// file and loaded back with a click, a pasted credential never kept (the
// saved file and the config export scanned for it), a request out as curl
// and back in unchanged, a value of the wrong type refused before anything
// is sent, and requests saved with their expected status and run as a suite
// whose table shows pass and fail rows with the trace's deciding step.
#include "EditorSession.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "exchange/ConfigWriter.h"
#include "files/FileController.h"
#include "files/SuiteExportController.h"
#include "model/Project.h"
#include "model/ProjectDocument.h"
#include "models/SuiteOutcomeModel.h"
#include "panels/WorkflowCanvas.h"
#include "server/RequestDraft.h"
#include "server/RequestHistoryView.h"
#include "server/RequestPanel.h"
#include "server/RequestPanelActions.h"
#include "server/RequestResponseView.h"
#include "server/SuiteRunView.h"
#include "server/TestServerController.h"
#include "storage/RequestHistoryFile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_RequestSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void eachSentRequestIsKeptAndLoadsBack();
    void aPastedCredentialIsNeverKept();
    void clearEmptiesTheHistory();
    void curlOutThenInGivesTheSameRequest();
    void aCurlWithAnUnknownOptionSaysWhich();
    void aNumberGivenTextIsRefusedBeforeSending();
    void aFormBodyIsSentAsAForm();
    void savedRequestsRunAsASuiteWithPassAndFail();
    void saveIsUndoable();
    void expectedBodyFieldsAreSavedAndChecked();
    void aPastedCredentialCannotBeSaved();
    void testThisWorkflowOnTheCanvasCard();
    void theFileMenuExportsTheSavedRequests();
    void screenshots();

private:
    bool runSuite(RequestPanel *panel);
    void actAs(RequestPanel *panel, const QString &who);
    void save(RequestPanel *panel, const QString &name, int status);
    QString shownStatus(RequestPanel *panel) const;
    static QByteArray bytesOf(const QString &path);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
};

void tst_RequestSuite::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_RequestSuite::init()
{
    test::clearSettingsForTestServer();
    m_script = std::make_shared<test::Script>();
}

bool tst_RequestSuite::runSuite(RequestPanel *panel)
{
    QSignalSpy finished(panel->suiteView(), &SuiteRunView::suiteFinished);
    panel->suiteView()->runButton()->click();
    return finished.count() > 0 || finished.wait(60000);
}

void tst_RequestSuite::actAs(RequestPanel *panel, const QString &who)
{
    panel->actAsCombo()->setCurrentIndex(panel->actAsCombo()->findText(who));
}

void tst_RequestSuite::save(RequestPanel *panel, const QString &name, int status)
{
    panel->suiteView()->nameEdit()->setText(name);
    panel->suiteView()->expectedStatusBox()->setValue(status);
    panel->suiteView()->saveButton()->click();
}

QString tst_RequestSuite::shownStatus(RequestPanel *panel) const
{
    return panel->responseView()->statusLabel()->text();
}

QByteArray tst_RequestSuite::bytesOf(const QString &path)
{
    QByteArray all;
    for (const QString &file : {path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void tst_RequestSuite::eachSentRequestIsKeptAndLoadsBack()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"history.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"tag_my_transactions"_s);
    QVERIFY(panel);
    actAs(panel, u"bob@example.com"_s);
    QVERIFY(test::sendAndWait(panel));
    actAs(panel, u"Anonymous"_s);
    QVERIFY(test::sendAndWait(panel));
    const auto kept = RequestHistoryFile(window->session()->filePath()).read();
    QVERIFY2(kept, qPrintable(kept.errorMessage()));
    QCOMPARE(kept->size(), 2);
    QCOMPARE(kept->at(0).status, 401); // newest first
    QCOMPARE(kept->at(1).principal, PrincipalRef::user(u"bob@example.com"_s));
    QCOMPARE(kept->at(1).status, 200);

    panel->tabs()->setCurrentWidget(panel->historyView());
    QListWidget *list = panel->historyView()->list();
    QTRY_COMPARE(list->count(), 2);
    QVERIFY2(list->item(1)->text().contains(u"as bob@example.com"_s),
             qPrintable(list->item(1)->text()));
    panel->pathEdit()->setText(u"/api/1.1/wf/public_ping"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QCOMPARE(panel->pathEdit()->text(), u"/api/1.1/wf/tag_my_transactions"_s);
    QCOMPARE(panel->actAsCombo()->currentText(), u"bob@example.com"_s);
    QCOMPARE(panel->targetCombo()->currentData().toString(), u"tag_my_transactions"_s);
}

void tst_RequestSuite::aPastedCredentialIsNeverKept()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"pasted.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"tag_my_transactions"_s);
    QVERIFY(panel);
    const QString secret = u"gh_usr_PASTEDsecret0123456789abcdef"_s;
    panel->actAsCombo()->setCurrentIndex(panel->actAsCombo()->count() - 1);
    panel->credentialEdit()->setText(secret);
    auto *headers = panel->findChild<QPlainTextEdit *>(u"requestHeaders"_s);
    headers->setPlainText(u"X-Api-Key: "_s + secret + u"\nX-Trace: on"_s);
    QVERIFY(test::sendAndWait(panel));
    const auto kept = RequestHistoryFile(window->session()->filePath()).read();
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().principalText(), u"pasted credential, not kept"_s);
    QCOMPARE(kept->first().headers, (QList<std::pair<QString, QString>>{{u"X-Trace"_s, u"on"_s}}));
    QVERIFY(window->files()->save());
    window->testServer()->stop();
    QVERIFY(!bytesOf(window->session()->filePath()).contains(secret.toUtf8()));
    QVERIFY(
        !ConfigWriter::write(window->session()->document()->project()).contains(secret.toUtf8()));
    // Loaded back, it asks for the credential again.
    panel->tabs()->setCurrentWidget(panel->historyView());
    QTRY_COMPARE(panel->historyView()->list()->count(), 1);
    emit panel->historyView()->entryChosen(kept->first());
    QVERIFY(panel->credentialEdit()->isVisibleTo(panel));
    QVERIFY(panel->credentialEdit()->text().isEmpty());
}

void tst_RequestSuite::clearEmptiesTheHistory()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"clear.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    QVERIFY(test::sendAndWait(panel));
    panel->tabs()->setCurrentWidget(panel->historyView());
    QTRY_COMPARE(panel->historyView()->list()->count(), 1);
    panel->historyView()->clearButton()->click();
    QCOMPARE(panel->historyView()->list()->count(), 0);
    QVERIFY(RequestHistoryFile(window->session()->filePath()).read()->isEmpty());
}

void tst_RequestSuite::curlOutThenInGivesTheSameRequest()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"curl.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    actAs(panel, u"bob@example.com"_s);
    panel->findChild<QPlainTextEdit *>(u"requestHeaders"_s)->setPlainText(u"X-Trace: it's on"_s);
    panel->findChild<QLineEdit *>(u"requestQuery"_s)->setText(u"note=a%20b"_s);
    const RequestDraft before = panel->currentDraft();
    panel->actions()->copyCurlButton()->click();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.startsWith(u"curl -X POST "_s), qPrintable(command));
    QVERIFY2(command.contains(u"Bearer $user_bob_example_com"_s), qPrintable(command));

    panel->pathEdit()->setText(u"/api/1.1/wf/public_ping"_s);
    panel->bodyEdit()->setPlainText(u"{}"_s);
    actAs(panel, u"Anonymous"_s);
    panel->actions()->pasteCurlButton()->click();
    const RequestDraft after = panel->currentDraft();
    QCOMPARE(after.method, before.method);
    QCOMPARE(after.path, before.path);
    QCOMPARE(after.query, before.query);
    QCOMPARE(after.headers, before.headers);
    QCOMPARE(QJsonDocument::fromJson(after.bodyText.toUtf8()),
             QJsonDocument::fromJson(before.bodyText.toUtf8()));
    QCOMPARE(panel->actAsCombo()->currentText(), u"bob@example.com"_s);
    QCOMPARE(panel->targetCombo()->currentData().toString(), u"create_transaction"_s);
}

void tst_RequestSuite::aCurlWithAnUnknownOptionSaysWhich()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"badcurl.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    QGuiApplication::clipboard()->setText(u"curl -u bob:pw http://127.0.0.1:8080/api/1.1/wf/x"_s);
    panel->actions()->pasteCurlButton()->click();
    QVERIFY2(shownStatus(panel).contains(u"-u"_s), qPrintable(shownStatus(panel)));
    QCOMPARE(panel->pathEdit()->text(), u"/api/1.1/wf/public_ping"_s); // unchanged
}

void tst_RequestSuite::aNumberGivenTextIsRefusedBeforeSending()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"types.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    QJsonObject body = QJsonDocument::fromJson(panel->bodyEdit()->toPlainText().toUtf8()).object();
    body.insert(u"amount"_s, u"abc"_s);
    panel->bodyEdit()->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson()));
    QVERIFY(test::sendAndWait(panel));
    QVERIFY2(shownStatus(panel).contains(u"`amount`"_s), qPrintable(shownStatus(panel)));
    QVERIFY(!window->testServer()->isRunning()); // nothing was sent
    body.insert(u"amount"_s, 12);
    panel->bodyEdit()->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson()));
    QVERIFY(test::sendAndWait(panel));
    QVERIFY(window->testServer()->isRunning());
    QVERIFY2(!shownStatus(panel).startsWith(u"Not sent"_s), qPrintable(shownStatus(panel)));
}

void tst_RequestSuite::aFormBodyIsSentAsAForm()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"form.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    panel->bodyEdit()->setPlainText(u"amount=abc&account=x"_s);
    QVERIFY(test::sendAndWait(panel));
    QVERIFY2(shownStatus(panel).contains(u"`amount`"_s), qPrintable(shownStatus(panel)));
    panel->bodyEdit()->setPlainText(u"{\"amount\": "_s);
    QVERIFY(test::sendAndWait(panel));
    QVERIFY2(shownStatus(panel).contains(u"neither JSON"_s), qPrintable(shownStatus(panel)));
}

void tst_RequestSuite::savedRequestsRunAsASuiteWithPassAndFail()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"suite.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"tag_my_transactions"_s);
    QVERIFY(panel);
    save(panel, u"anonymous refused"_s, 401);
    save(panel, u"anonymous wrongly expected in"_s, 200);
    actAs(panel, u"bob@example.com"_s);
    save(panel, u"bob tags"_s, 200);
    QVERIFY(window->selectWorkflow(u"public_ping"_s));
    window->menuBar()->findChild<QAction *>(u"showRequestPanel"_s)->trigger();
    actAs(panel, u"Anonymous"_s);
    save(panel, u"ping"_s, 200);
    const QList<SavedRequest> &saved = window->session()->document()->project().savedRequests;
    QCOMPARE(saved.size(), 4);
    QCOMPARE(saved.at(2).principal, PrincipalRef::user(u"bob@example.com"_s));
    QCOMPARE(saved.at(0).expectedStatus, 401);

    SuiteRunView *suite = panel->suiteView();
    QAbstractItemModelTester tester(suite->model());
    suite->scopeCombo()->setCurrentIndex(suite->scopeCombo()->findData(u"tag_my_transactions"_s));
    QVERIFY(runSuite(panel));
    SuiteOutcomeModel *model = suite->model();
    QCOMPARE(model->rowCount(), 3);
    const auto cell = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, SuiteOutcomeModel::ResultColumn), u"pass"_s);
    QCOMPARE(cell(1, SuiteOutcomeModel::ResultColumn), u"fail"_s);
    QCOMPARE(cell(1, SuiteOutcomeModel::GotColumn), u"401"_s);
    QCOMPARE(cell(1, SuiteOutcomeModel::ExpectedColumn), u"200"_s);
    QVERIFY2(cell(1, SuiteOutcomeModel::DecidingColumn).startsWith(u"authorize: "_s),
             qPrintable(cell(1, SuiteOutcomeModel::DecidingColumn)));
    QCOMPARE(cell(2, SuiteOutcomeModel::ResultColumn), u"pass"_s);
    QCOMPARE(cell(2, SuiteOutcomeModel::PrincipalColumn), u"bob@example.com"_s);
    QCOMPARE(suite->summaryLabel()->text(), u"2 passed, 1 failed"_s);

    suite->scopeCombo()->setCurrentIndex(0); // all
    QVERIFY(runSuite(panel));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(cell(3, SuiteOutcomeModel::NameColumn), u"ping"_s);
    QCOMPARE(cell(3, SuiteOutcomeModel::ResultColumn), u"pass"_s);
}

// File > Export Saved Requests writes what `suite export` writes, of the
// requests saved in this editor run (not yet in the file), without a secret.
void tst_RequestSuite::theFileMenuExportsTheSavedRequests()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"export.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    panel->actAsCombo()->setCurrentIndex(
        panel->actAsCombo()->findText(u"bob@example.com"_s, Qt::MatchFixedString));
    save(panel, u"bob creates"_s, 200);
    QCOMPARE(window->session()->document()->project().savedRequests.size(), 1);

    QAction *postman = window->files()->suites()->postmanAction();
    QAction *bruno = window->files()->suites()->brunoAction();
    QMenu *fileMenu = window->menuBar()->actions().first()->menu();
    QVERIFY(fileMenu);
    QVERIFY(fileMenu->actions().contains(postman) && fileMenu->actions().contains(bruno));
    m_script->exportPath = m_dir.filePath(u"shop.postman_collection.json"_s);
    postman->trigger();
    QFile collection(m_script->exportPath);
    QVERIFY2(collection.open(QIODevice::ReadOnly), qPrintable(m_script->exportPath));
    const QByteArray bytes = collection.readAll();
    QVERIFY(bytes.contains("bob creates"));
    QVERIFY(bytes.contains("/api/1.1/wf/create_transaction"));
    QVERIFY(QFile::exists(m_dir.filePath(u"shop.postman_collection.postman_environment.json"_s)));
    QVERIFY(!bytes.contains("Bearer gh_")); // a variable, never a secret

    m_script->exportPath = m_dir.filePath(u"shop-bruno"_s);
    bruno->trigger();
    QVERIFY(QFileInfo(m_script->exportPath).isDir());
    QVERIFY(!QDir(m_script->exportPath).entryList({u"*.bru"_s}, QDir::Files).isEmpty());
    m_script->exportPath = m_dir.filePath(u"shop-bruno"_s); // not empty now: refused
    const int errors = m_script->errors.size();
    bruno->trigger();
    QCOMPARE(m_script->errors.size(), errors + 1);
}

void tst_RequestSuite::expectedBodyFieldsAreSavedAndChecked()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"body.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    SuiteRunView *suite = panel->suiteView();
    suite->expectedBodyEdit()->setText(u"response.pong=ok"_s); // not JSON: refused
    save(panel, u"pong unquoted"_s, 200);
    QVERIFY(window->session()->document()->project().savedRequests.isEmpty());
    QVERIFY2(shownStatus(panel).contains(u"response.pong=ok"_s), qPrintable(shownStatus(panel)));

    suite->expectedBodyEdit()->setText(u"response.pong=\"ok\""_s);
    save(panel, u"pong ok"_s, 200);
    suite->expectedBodyEdit()->setText(u"response.pong=\"not ok\""_s);
    save(panel, u"pong wrong"_s, 200);
    const QList<SavedRequest> &saved = window->session()->document()->project().savedRequests;
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).expectedBody, (QJsonObject{{u"response.pong"_s, u"ok"_s}}));

    QVERIFY(runSuite(panel));
    SuiteOutcomeModel *model = suite->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, SuiteOutcomeModel::ResultColumn).data().toString(), u"pass"_s);
    QCOMPARE(model->index(1, SuiteOutcomeModel::ResultColumn).data().toString(), u"fail"_s);
    QCOMPARE(model->index(1, SuiteOutcomeModel::GotColumn).data().toString(), u"200"_s);
}

void tst_RequestSuite::saveIsUndoable()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"undo.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    save(panel, u"ping"_s, 200);
    QCOMPARE(window->session()->document()->project().savedRequests.size(), 1);
    QCOMPARE(window->session()->undoStack()->undoText(), u"Save request ping"_s);
    save(panel, u"ping"_s, 404); // the same name: replaced
    QCOMPARE(window->session()->document()->project().savedRequests.size(), 1);
    QCOMPARE(window->session()->document()->project().savedRequests.first().expectedStatus, 404);
    window->session()->undoStack()->undo();
    QCOMPARE(window->session()->document()->project().savedRequests.first().expectedStatus, 200);
    window->session()->undoStack()->undo();
    QVERIFY(window->session()->document()->project().savedRequests.isEmpty());
    save(panel, QString(), 200);
    QVERIFY2(shownStatus(panel).contains(u"name"_s), qPrintable(shownStatus(panel)));
    QVERIFY(window->session()->document()->project().savedRequests.isEmpty());
}

void tst_RequestSuite::aPastedCredentialCannotBeSaved()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"savepasted.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    panel->actAsCombo()->setCurrentIndex(panel->actAsCombo()->count() - 1);
    panel->credentialEdit()->setText(u"gh_usr_secret"_s);
    save(panel, u"pasted"_s, 200);
    QVERIFY(shownStatus(panel).contains(u"pasted credential"_s));
    QVERIFY(window->session()->document()->project().savedRequests.isEmpty());
}

void tst_RequestSuite::testThisWorkflowOnTheCanvasCard()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"canvas.gatehouse"_s));
    QVERIFY(window);
    QVERIFY(window->selectWorkflow(u"issue_token"_s));
    QVERIFY(!window->requestPanel());
    window->canvas()->testWorkflowAction()->trigger();
    RequestPanel *panel = window->requestPanel();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->pathEdit()->text(), u"/api/1.1/wf/issue_token"_s);
}

// With GATEHOUSE_SHOTS set to a folder: the suite table with pass and fail
// rows at 1024x700, in the light and the dark palette.
void tst_RequestSuite::screenshots()
{
    const QString folder = qEnvironmentVariable("GATEHOUSE_SHOTS");
    if (folder.isEmpty())
        QSKIP("GATEHOUSE_SHOTS is not set");
    auto window = test::demoWindow(m_script, m_dir.filePath(u"shots.gatehouse"_s));
    QVERIFY(window);
    window->resize(1024, 700);
    RequestPanel *panel = test::openRequestPanel(*window, u"tag_my_transactions"_s);
    QVERIFY(panel);
    save(panel, u"anonymous refused"_s, 401);
    save(panel, u"anonymous wrongly expected in"_s, 200);
    actAs(panel, u"bob@example.com"_s);
    save(panel, u"bob tags"_s, 200);
    window->findChild<QDockWidget *>(u"propertiesDock"_s)->close();
    auto *dock = window->findChild<QDockWidget *>(u"requestDock"_s);
    window->resizeDocks({dock}, {380}, Qt::Vertical);
    panel->tabs()->setCurrentWidget(panel->suiteView());
    QVERIFY(runSuite(panel));
    if (auto *log = window->findChild<QDockWidget *>(u"requestLogDock"_s))
        log->close();
    QCoreApplication::processEvents();
    QCOMPARE(window->size(), QSize(1024, 700));
    QVERIFY(window->grab().save(folder + u"/request-suite-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(folder + u"/request-suite-dark.png"_s));
}

QTEST_MAIN(tst_RequestSuite)
#include "tst_requestsuite.moc"
