// The Request panel's answer: the trace drawn as the pipeline, whose steps
// select the setting that decided them; the body highlighted with its JSON
// as a tree that folds; and "simulate as" a stored token, in the editor's
// process, marked simulated in the panel and the Request Log. Driven
// through the real window under the offscreen platform.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "commands/AddToken.h"
#include "files/FileController.h"
#include "model/Project.h"
#include "model/ProjectDocument.h"
#include "models/JsonTreeModel.h"
#include "models/RequestLogModel.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowPropertiesPanel.h"
#include "server/JsonHighlighter.h"
#include "server/RequestPanel.h"
#include "server/RequestResponseView.h"
#include "server/TestServerController.h"
#include "server/TracePipelineView.h"
#include "server/TraceStepButton.h"
#include "tokens/TokensPanel.h"

#include "crypto/TokenSecret.h"
#include "panels/StatusColors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_RequestTrace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aRefusedCallsClickSelectsTheAuthenticationSetting();
    void aMissingParametersClickSelectsItsRow();
    void aConditionsClickSelectsTheOnlyWhen();
    void theStepsAreReachedByKeyboard();
    void aTokenRefusalSelectsTheToken();
    void simulateAsATokenIsDecidedInProcessAndMarked();
    void theBodyIsHighlightedAndFolds();
    void theJsonTreeKeepsItsContract();
    void theWindowStays1024WideWithThePanelOpen();
    void screenshots();
    // Last: it leaves the dark palette and style applied.
    void theBodyIsReadableInTheDark();

private:
    void addToken(MainWindow &window, const QString &name, bool revoked);
    static int indexOfToken(RequestPanel *panel, const QString &name);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
};

void tst_RequestTrace::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_RequestTrace::init()
{
    test::clearSettingsForTestServer();
    m_script = std::make_shared<test::Script>();
}

// A token as the token manager keeps it: its hash only, the secret dropped.
void tst_RequestTrace::addToken(MainWindow &window, const QString &name, bool revoked)
{
    const IssuedSecret issued = TokenSecret::issue(TokenKind::Admin);
    Token token;
    token.name = name;
    token.prefix = issued.prefix;
    token.secretHash = issued.hash;
    token.created = QDateTime::currentDateTimeUtc().addDays(-1);
    if (revoked)
        token.revoked = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(window.session()->push(new AddToken(window.session()->document(), token)));
}

int tst_RequestTrace::indexOfToken(RequestPanel *panel, const QString &name)
{
    return panel->actAsCombo()->findText(u"Simulate as token %1"_s.arg(name));
}

void tst_RequestTrace::aRefusedCallsClickSelectsTheAuthenticationSetting()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"authorize.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"tag_my_transactions"_s);
    QVERIFY(panel);
    QVERIFY(test::sendAndWait(panel));
    TracePipelineView *pipeline = panel->responseView()->pipelineView();
    TraceStepButton *refused = pipeline->refusedStep();
    QVERIFY(refused);
    QCOMPARE(refused->step().stage, TraceStep::Stage::Authorize);
    // Drawn in the error's red; the stages after it grey, not reached.
    QCOMPARE(refused->stateColor(), StatusColors::error(refused->palette()));
    TraceStepButton *response = pipeline->stepButton(pipeline->stepCount() - 1);
    QCOMPARE(response->step().state, TracePipeline::State::NotReached);
    QVERIFY(pipeline->stepButton(0)->step().state == TracePipeline::State::Passed);
    // Away from the workflow first: the click must bring it back.
    window->selectWorkflow(u"public_ping"_s);
    QTest::mouseClick(refused, Qt::LeftButton);
    WorkflowPropertiesPanel *properties = window->propertyPanel()->workflowPanel();
    const Project &project = window->session()->document()->project();
    QCOMPARE(window->selection()->workflow(), project.indexOfWorkflow(u"tag_my_transactions"_s));
    QVERIFY(properties->isVisible());
    QCOMPARE(QApplication::focusWidget(), properties->authenticationCombo());
    QCOMPARE(properties->authenticationCombo()->currentText(),
             authModeDisplayName(AuthMode::UserAndAdmin));
}

void tst_RequestTrace::aMissingParametersClickSelectsItsRow()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"parameter.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    panel->actAsCombo()->setCurrentIndex(panel->actAsCombo()->findText(u"alice@example.com"_s));
    panel->bodyEdit()->setPlainText(uR"({"account": "ACC-1", "amount": 5})"_s);
    QVERIFY(test::sendAndWait(panel));
    TraceStepButton *refused = panel->responseView()->pipelineView()->refusedStep();
    QVERIFY(refused);
    QCOMPARE(refused->step().stage, TraceStep::Stage::Parameters);
    window->selectWorkflow(u"public_ping"_s);
    QTest::mouseClick(refused, Qt::LeftButton);
    QTableView *table = window->propertyPanel()->workflowPanel()->parameterTable();
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), u"phone"_s);
}

void tst_RequestTrace::aConditionsClickSelectsTheOnlyWhen()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"condition.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    panel->actAsCombo()->setCurrentIndex(panel->actAsCombo()->findText(u"alice@example.com"_s));
    panel->bodyEdit()->setPlainText(uR"({"account": "ACC-1", "phone": "1", "amount": -5})"_s);
    QVERIFY(test::sendAndWait(panel));
    TraceStepButton *refused = panel->responseView()->pipelineView()->refusedStep();
    QVERIFY(refused);
    QCOMPARE(refused->step().stage, TraceStep::Stage::Condition);
    refused->setFocus();
    QTest::keyClick(refused, Qt::Key_Return);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY(window->propertyPanel()->workflowPanel()->isAncestorOf(focused));
    QVERIFY2(focused->objectName() != u"workflowName"_s, qPrintable(focused->objectName()));
}

void tst_RequestTrace::theStepsAreReachedByKeyboard()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"keys.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    QVERIFY(test::sendAndWait(panel));
    TracePipelineView *pipeline = panel->responseView()->pipelineView();
    QVERIFY(pipeline->stepCount() >= 8);
    for (int i = 0; i < pipeline->stepCount(); ++i)
        QCOMPARE(pipeline->stepButton(i)->focusPolicy(), Qt::StrongFocus);
    QTRY_VERIFY(pipeline->stepButton(1)->isVisible()); // a layout shows what it is given later
    pipeline->stepButton(0)->setFocus();
    QCOMPARE(QApplication::focusWidget(), pipeline->stepButton(0));
    QTest::keyClick(pipeline->stepButton(0), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), pipeline->stepButton(1));
}

void tst_RequestTrace::aTokenRefusalSelectsTheToken()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"token.gatehouse"_s));
    QVERIFY(window);
    addToken(*window, u"old-ci"_s, true);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    const int index = indexOfToken(panel, u"old-ci"_s);
    QVERIFY(index >= 0);
    panel->actAsCombo()->setCurrentIndex(index);
    QVERIFY(test::sendAndWait(panel));
    TraceStepButton *refused = panel->responseView()->pipelineView()->refusedStep();
    QVERIFY(refused);
    QCOMPARE(refused->step().stage, TraceStep::Stage::Authenticate);
    QVERIFY2(refused->step().reason.contains(u"revoked"_s), qPrintable(refused->step().reason));
    QTest::mouseClick(refused, Qt::LeftButton);
    TokensPanel *tokens = window->tokensPanel();
    QVERIFY(tokens);
    QVERIFY(tokens->isVisible());
    QCOMPARE(tokens->selectedName(), u"old-ci"_s);
}

void tst_RequestTrace::simulateAsATokenIsDecidedInProcessAndMarked()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"simulate.gatehouse"_s));
    QVERIFY(window);
    addToken(*window, u"ops"_s, false);
    RequestPanel *panel = test::openRequestPanel(*window, u"admin_cleanup"_s);
    QVERIFY(panel);
    RequestResponseView *view = panel->responseView();
    QVERIFY(test::sendAndWait(panel)); // anonymous first: refused, not simulated
    QVERIFY(view->statusLabel()->text().contains(u"401"_s));
    QVERIFY(!view->simulatedLabel()->isVisibleTo(view));
    panel->actAsCombo()->setCurrentIndex(indexOfToken(panel, u"ops"_s));
    QVERIFY(!panel->credentialEdit()->isVisibleTo(panel));
    QVERIFY(test::sendAndWait(panel));
    QVERIFY2(view->statusLabel()->text().contains(u"200"_s),
             qPrintable(view->statusLabel()->text()));
    QVERIFY(view->simulatedLabel()->isVisibleTo(view));
    TraceStepButton *auth = view->pipelineView()->stepButton(1);
    QCOMPARE(auth->step().stage, TraceStep::Stage::Authenticate);
    QVERIFY2(auth->step().reason.contains(u"simulated as token `ops` (no secret presented)"_s),
             qPrintable(auth->step().reason));
    // The Request Log shows it as simulated.
    RequestLogModel *log = window->testServer()->logModel();
    QVERIFY(log->rowCount() > 0);
    const int last = log->rowCount() - 1;
    QVERIFY(log->entry(last).simulated);
    const QString caller = log->index(last, RequestLogModel::CallerColumn).data().toString();
    QVERIFY2(caller.endsWith(u"(simulated)"_s), qPrintable(caller));
}

void tst_RequestTrace::theBodyIsHighlightedAndFolds()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"body.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    QVERIFY(test::sendAndWait(panel));
    RequestResponseView *view = panel->responseView();
    QPlainTextEdit *body = view->bodyView();
    QVERIFY(body->toPlainText().contains(u'\n'));
    // The first key of the body is in the key colour.
    const QTextBlock second = body->document()->findBlockByNumber(1);
    const QList<QTextLayout::FormatRange> formats = second.layout()->formats();
    QVERIFY2(!formats.isEmpty(), qPrintable(second.text()));
    QVERIFY(std::any_of(formats.begin(), formats.end(), [&](const QTextLayout::FormatRange &r) {
        return r.format.foreground().color() == view->highlighter()->keyColor();
    }));
    QTreeView *tree = view->bodyTree();
    JsonTreeModel *model = view->bodyTreeModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex top = model->index(0, 0);
    QVERIFY(model->rowCount(top) > 0);
    QVERIFY(tree->isExpanded(top));
    tree->collapse(top);
    QVERIFY(!tree->isExpanded(top));
}

void tst_RequestTrace::theJsonTreeKeepsItsContract()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(R"({"a": [1, 2, {"b": null}], "c": "text", "d": {"e": true}})");
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex top = model.index(0, 0);
    QCOMPARE(model.rowCount(top), 3);
    const QModelIndex a = model.index(0, 0, top);
    QCOMPARE(a.data().toString(), u"a"_s);
    QCOMPARE(model.rowCount(a), 3);
    QCOMPARE(model.index(2, JsonTreeModel::TypeColumn, a).data().toString(), u"object"_s);
    QCOMPARE(model.parent(model.index(0, 0, a)), a);
    model.setJson("not json");
    QCOMPARE(model.rowCount(), 0);
}

// With GATEHOUSE_SHOTS set to a folder: the panel at 1024x700 with a
// refused call's trace drawn as the pipeline, light and dark.
// At 1024x700 with the Workflows, the Properties and the Request panel open
// (the panel with its response, history and suite tabs), the window stays
// 1024 wide: nothing is pushed off a small screen.
void tst_RequestTrace::theWindowStays1024WideWithThePanelOpen()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"narrow.gatehouse"_s));
    QVERIFY(window);
    window->resize(1024, 700);
    RequestPanel *panel = test::openRequestPanel(*window, u"create_transaction"_s);
    QVERIFY(panel);
    QVERIFY(window->findChild<QDockWidget *>(u"propertiesDock"_s)->isVisible());
    QVERIFY(test::sendAndWait(panel));
    QCoreApplication::processEvents();
    QVERIFY2(window->width() <= 1024, qPrintable(QString::number(window->width())));
    QVERIFY2(window->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(window->minimumSizeHint().width())));
}

void tst_RequestTrace::screenshots()
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
    window->resizeDocks({dock}, {430}, Qt::Vertical);
    QVERIFY(test::sendAndWait(panel));
    window->findChild<QDockWidget *>(u"requestLogDock"_s)->close();
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(folder + u"/request-panel-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(folder + u"/request-panel-dark.png"_s));
}

void tst_RequestTrace::theBodyIsReadableInTheDark()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"dark.gatehouse"_s));
    QVERIFY(window);
    RequestPanel *panel = test::openRequestPanel(*window, u"public_ping"_s);
    QVERIFY(panel);
    QVERIFY(test::sendAndWait(panel));
    RequestResponseView *view = panel->responseView();
    ScreenshotTaker::applyDarkPalette();
    QCoreApplication::processEvents();
    const QColor base = view->palette().color(QPalette::Base);
    QVERIFY(base.lightnessF() < 0.5);
    for (const QColor &color :
         {view->highlighter()->keyColor(), view->highlighter()->stringColor()})
        QVERIFY(StatusColors::contrast(color, base) >= StatusColors::minimumContrast);
    TraceStepButton *step = view->pipelineView()->stepButton(0);
    QVERIFY(StatusColors::contrast(step->stateColor(), step->palette().color(QPalette::Window)) >=
            StatusColors::minimumContrast);
}

QTEST_MAIN(tst_RequestTrace)
#include "tst_requesttrace.moc"
