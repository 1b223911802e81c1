// The Request panel, driven through the real window under the offscreen
// platform: opened from the View menu and the workflow list's context menu,
// prefilled from a workflow's definition, sent over real HTTP to the test
// server (started on demand) as anonymous, as a test user and with a pasted
// token, each answer shown with the trace the server logged for it.
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "model/Project.h"
#include "models/TraceTableModel.h"
#include "panels/WorkflowListPanel.h"
#include "server/RequestDraft.h"
#include "server/RequestPanel.h"
#include "server/RequestResponseView.h"
#include "server/TestServerController.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_RequestPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensFromTheViewMenuPrefilled();
    void testThisWorkflowPrefillsItsBody();
    void anonymousNeedingAUserIsRefused();
    void actingAsBobIsAllowed();
    void aPastedBadTokenIsRefused();
    void ctrlReturnSends();
    void aQuerystringWorkflowIsPrefilledAsAQuery();
    void theDataApiIsPrefilledFromTypeAndOperation();
    void anEmptyPasteIsNotSent();
    void aLoadedDraftPicksItsWorkflowAndKeepsItsHeaders();
    void screenshots();

private:
    int shownStatus(RequestPanel *panel) const;
    QString traceText(RequestPanel *panel) const;
    // "stage | reason" of the first refused step, empty when none was.
    QString refusedStep(RequestPanel *panel) const;

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
};

void tst_RequestPanel::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_RequestPanel::init()
{
    test::clearSettingsForTestServer();
    m_script = std::make_shared<test::Script>();
}

int tst_RequestPanel::shownStatus(RequestPanel *panel) const
{
    const QString text = panel->responseView()->statusLabel()->text();
    static const QRegularExpression number(u"(\\d{3})"_s);
    const auto match = number.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString tst_RequestPanel::traceText(RequestPanel *panel) const
{
    TraceTableModel *model = panel->responseView()->traceModel();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells.join(u" | "_s));
    }
    return rows.join(u'\n');
}

QString tst_RequestPanel::refusedStep(RequestPanel *panel) const
{
    TraceTableModel *model = panel->responseView()->traceModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        if (cell(TraceTableModel::VerdictColumn) == u"refused"_s)
            return cell(TraceTableModel::StageColumn) + u" | "_s +
                   cell(TraceTableModel::ReasonColumn);
    }
    return {};
}

void tst_RequestPanel::opensFromTheViewMenuPrefilled()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"menu.gatehouse"_s));
    QVERIFY(window);
    QVERIFY(!window->requestPanel()); // lazy
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->pathEdit()->text(), u"/api/1.1/wf/create_transaction"_s);
    const QJsonObject body =
        QJsonDocument::fromJson(panel->bodyEdit()->toPlainText().toUtf8()).object();
    QCOMPARE(QStringList(body.keys()), (QStringList{u"account"_s, u"amount"_s, u"phone"_s}));
    QVERIFY(body.value(u"amount"_s).isDouble()); // a number parameter gets a number
    QCOMPARE(panel->actAsCombo()->currentIndex(), RequestPanel::anonymousIndex);
    QVERIFY(panel->actAsCombo()->findText(u"bob@example.com"_s) > 0);
    QAbstractItemModelTester tester(panel->responseView()->traceModel());
}

void tst_RequestPanel::testThisWorkflowPrefillsItsBody()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"context.gatehouse"_s));
    QVERIFY(window);
    QVERIFY(window->selectWorkflow(u"issue_token"_s));
    QAction *test = window->listPanel()->testWorkflowAction();
    QVERIFY(window->listPanel()->view()->actions().contains(test));
    test->trigger();
    RequestPanel *panel = window->requestPanel();
    QVERIFY(panel);
    QCOMPARE(panel->pathEdit()->text(), u"/api/1.1/wf/issue_token"_s);
    const QJsonObject body =
        QJsonDocument::fromJson(panel->bodyEdit()->toPlainText().toUtf8()).object();
    QVERIFY(body.contains(u"email"_s) && body.contains(u"password"_s));
    QVERIFY(body.value(u"stay_logged_in"_s).isBool());
}

void tst_RequestPanel::anonymousNeedingAUserIsRefused()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"anonymous.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"tag_my_transactions"_s);
    QVERIFY(panel);
    QVERIFY(!window->testServer()->isRunning());
    QVERIFY(test::sendAndWait(panel));
    QVERIFY(window->testServer()->isRunning()); // Send started it
    QCOMPARE(shownStatus(panel), 401);
    QVERIFY(panel->responseView()->statusLabel()->text().contains(u"Unauthorized"_s));
    // Authentication found no credential (anonymous); authorization refused.
    const QString trace = traceText(panel);
    QVERIFY2(trace.contains(u"authenticate | passed"_s), qPrintable(trace));
    QVERIFY2(refusedStep(panel).startsWith(u"authorize | "_s), qPrintable(trace));
}

void tst_RequestPanel::actingAsBobIsAllowed()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"bob.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"tag_my_transactions"_s);
    QVERIFY(panel);
    panel->actAsCombo()->setCurrentIndex(panel->actAsCombo()->findText(u"bob@example.com"_s));
    QVERIFY(test::sendAndWait(panel));
    QCOMPARE(shownStatus(panel), 200);
    const QString body = panel->responseView()->bodyView()->toPlainText();
    QVERIFY2(body.contains(u"\"changed\""_s), qPrintable(body));
    QVERIFY(body.contains(u'\n')); // pretty-printed
    QVERIFY(panel->responseView()->traceModel()->rowCount() > 0);
    QVERIFY2(refusedStep(panel).isEmpty(), qPrintable(traceText(panel)));
    // The session lived only in the call: nothing of it is left in the panel.
    QVERIFY(panel->credentialEdit()->text().isEmpty());
}

void tst_RequestPanel::aPastedBadTokenIsRefused()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"pasted.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"tag_my_transactions"_s);
    QVERIFY(panel);
    QComboBox *actAs = panel->actAsCombo();
    actAs->setCurrentIndex(actAs->count() - 1);
    QVERIFY(panel->credentialEdit()->isVisibleTo(panel));
    panel->credentialEdit()->setText(u"not-a-real-token"_s);
    QVERIFY(test::sendAndWait(panel));
    QCOMPARE(shownStatus(panel), 401);
    const QString trace = traceText(panel);
    QVERIFY2(refusedStep(panel).startsWith(u"authenticate | "_s), qPrintable(trace));
}

void tst_RequestPanel::ctrlReturnSends()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"keys.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QSignalSpy finished(panel, &RequestPanel::finished);
    panel->pathEdit()->setFocus();
    QTest::keyClick(panel->pathEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QCOMPARE(shownStatus(panel), 200);
    QVERIFY(panel->responseView()->bodyView()->toPlainText().contains(u"pong"_s));
}

void tst_RequestPanel::aQuerystringWorkflowIsPrefilledAsAQuery()
{
    Project project;
    Workflow lookup;
    lookup.name = u"lookup"_s;
    lookup.method = HttpMethod::Get;
    lookup.parameterSource = ParameterSource::Querystring;
    lookup.parameters = {{u"q"_s, FieldType::text(), false}, {u"n"_s, FieldType::number(), true}};
    project.workflows.append(lookup);
    const RequestDraft draft = RequestDraft::forWorkflow(project, u"lookup"_s);
    QCOMPARE(draft.method, QByteArray("GET"));
    QCOMPARE(draft.path, u"/api/1.1/wf/lookup"_s);
    QVERIFY(draft.usesQuery);
    QVERIFY(draft.body.isEmpty());
    QCOMPARE(draft.queryText(), u"q=&n=1"_s);
    QVERIFY(RequestDraft::forWorkflow(project, u"missing"_s).path.isEmpty());
}

void tst_RequestPanel::theDataApiIsPrefilledFromTypeAndOperation()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"data.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    panel->prefillData(u"Transaction"_s, u"get"_s);
    const QString path = panel->pathEdit()->text();
    QVERIFY2(path.startsWith(u"/api/1.1/obj/transaction/"_s, Qt::CaseInsensitive),
             qPrintable(path));
    QVERIFY(path.endsWith(u"/RECORD_ID"_s)); // get needs a record: a placeholder to replace
    auto *method = panel->findChild<QComboBox *>(u"requestMethod"_s);
    QVERIFY(method);
    QCOMPARE(method->currentText(), u"GET"_s);
    QVERIFY(panel->bodyEdit()->toPlainText().isEmpty());
}

void tst_RequestPanel::anEmptyPasteIsNotSent()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"empty.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    panel->actAsCombo()->setCurrentIndex(panel->actAsCombo()->count() - 1);
    QVERIFY(test::sendAndWait(panel));
    QVERIFY2(panel->responseView()->statusLabel()->text().startsWith(u"Not sent"_s),
             qPrintable(panel->responseView()->statusLabel()->text()));
    QCOMPARE(panel->responseView()->traceModel()->rowCount(), 0);
}

void tst_RequestPanel::aLoadedDraftPicksItsWorkflowAndKeepsItsHeaders()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"loaded.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    RequestDraft draft;
    draft.path = u"/api/1.1/wf/create_transaction"_s;
    draft.bodyText = u"{\"amount\": 5}"_s;
    draft.headers = {{u"X-Trace"_s, u"on"_s}};
    panel->loadDraft(draft);
    QCOMPARE(panel->targetCombo()->currentData().toString(), u"create_transaction"_s);
    QCOMPARE(panel->pathEdit()->text(), draft.path);
    QCOMPARE(panel->bodyEdit()->toPlainText(), draft.bodyText);
    auto *headers = panel->findChild<QPlainTextEdit *>(u"requestHeaders"_s);
    QVERIFY(headers);
    QCOMPARE(headers->toPlainText(), u"X-Trace: on"_s);

    draft.method = "GET";
    draft.path = u"/api/1.1/obj/transaction"_s;
    draft.bodyText.clear();
    panel->loadDraft(draft);
    QVERIFY(panel->targetCombo()->currentData().toString().isEmpty()); // the Data API
    QVERIFY(panel->bodyEdit()->toPlainText().isEmpty());
}

// With GATEHOUSE_SHOTS set to a folder: the panel at 1024x700 with the
// trace of a call anonymous may not make, in the light and the dark palette.
void tst_RequestPanel::screenshots()
{
    const QString folder = qEnvironmentVariable("GATEHOUSE_SHOTS");
    if (folder.isEmpty())
        QSKIP("GATEHOUSE_SHOTS is not set");
    auto window = test::demoWindow(m_script, m_dir.filePath(u"shots.gatehouse"_s));
    QVERIFY(window);
    window->resize(1024, 700);
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    window->findChild<QDockWidget *>(u"propertiesDock"_s)->close();
    auto *dock = window->findChild<QDockWidget *>(u"requestDock"_s);
    window->resizeDocks({dock}, {380}, Qt::Vertical);
    QVERIFY(test::sendAndWait(panel));
    QCOMPARE(shownStatus(panel), 401);
    // The panel shows the trace itself: the log the start opened beside it
    // only narrows it.
    window->findChild<QDockWidget *>(u"requestLogDock"_s)->close();
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(folder + u"/request-panel-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(folder + u"/request-panel-dark.png"_s));
}

QTEST_MAIN(tst_RequestPanel)
#include "tst_requestpanel.moc"
