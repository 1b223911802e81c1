// "Detect data" in the editor, through the real window under the offscreen
// platform: the button on a saved demo's workflow starts the test server
// and listens; a real HTTP call to /initialize fills the dialog's table;
// Apply replaces the parameters as one undo step that Undo takes back.
// Cancel stops listening, a GET or hidden workflow cannot detect, and a
// workflow renamed before Apply gets nothing.
#include "EditorSession.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/ChangeWorkflow.h"
#include "commands/RenameWorkflow.h"
#include "files/FileController.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowPropertiesPanel.h"
#include "server/DetectDataController.h"
#include "server/DetectDataDialog.h"
#include "server/TestServerController.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_DetectData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void detectApplyAndUndo();
    void cancelStopsListening();
    void openingAnotherProjectStopsListening();
    void getAndHiddenWorkflowsCannotDetect();
    void workflowRenamedBeforeApplyGetsNothing();
    void screenshots();

private:
    // Selects `workflow` and presses its Detect data button.
    DetectDataDialog *pressDetect(MainWindow &window, const QString &workflow);
    int postInitialize(MainWindow &window, const QString &workflow, const QByteArray &body);
    static QString cell(QTableWidget *table, const QString &key, int column);
    static const Workflow *workflow(MainWindow &window, const QString &name);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
    test::HttpProbe m_probe;
};

namespace {
const QByteArray kSignupCall = R"({"email": "ada@example.com", "age": 36, "newsletter": true,
    "born": "1815-12-10T09:00:00Z", "tags": ["math", "poetry"], "address": {"city": "London"}})";
} // namespace

void tst_DetectData::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_DetectData::init()
{
    test::clearSettingsForTestServer();
    m_script = std::make_shared<test::Script>();
}

DetectDataDialog *tst_DetectData::pressDetect(MainWindow &window, const QString &workflow)
{
    if (!window.selectWorkflow(workflow))
        return nullptr;
    QPushButton *button = window.propertyPanel()->workflowPanel()->detectDataButton();
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return window.detectDataDialog();
}

int tst_DetectData::postInitialize(MainWindow &window, const QString &workflow,
                                   const QByteArray &body)
{
    m_probe.setPort(window.testServer()->port());
    return m_probe.post(u"/version-test/api/1.1/wf/%1/initialize"_s.arg(workflow), {}, body);
}

QString tst_DetectData::cell(QTableWidget *table, const QString &key, int column)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == key)
            return table->item(row, column)->text();
    }
    return u"<no row %1>"_s.arg(key);
}

const Workflow *tst_DetectData::workflow(MainWindow &window, const QString &name)
{
    return window.session()->document()->project().findWorkflow(name);
}

void tst_DetectData::detectApplyAndUndo()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"apply.gatehouse"_s), {1024, 700});
    QVERIFY(window);
    QVERIFY(!window->testServer()->isRunning());
    const QList<Parameter> before = workflow(*window, u"signup"_s)->parameters;
    DetectDataDialog *dialog = pressDetect(*window, u"signup"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(window->testServer()->isRunning()); // started by the button
    QVERIFY(window->detectData()->isListening());
    const quint16 port = window->detectData()->port();
    QVERIFY(port > 0);
    const QString url =
        u"http://127.0.0.1:%1/version-test/api/1.1/wf/signup/initialize"_s.arg(port);
    auto *waitingFor = dialog->findChild<QLabel *>(u"detectWaitingFor"_s);
    QVERIFY(waitingFor->text().contains(url));
    auto *curl = dialog->findChild<QPlainTextEdit *>(u"detectCurl"_s);
    QVERIFY(curl->toPlainText().startsWith(u"curl -X POST \\\n  "_s + url + u" \\"_s));
    QVERIFY(curl->toPlainText().contains(u"\"email\""_s));

    QCOMPARE(postInitialize(*window, u"signup"_s, kSignupCall), 200);
    QTableWidget *table = dialog->detectedTable();
    QTRY_COMPARE(table->rowCount(), 5);
    QVERIFY(table->isVisible());
    QCOMPARE(cell(table, u"email"_s, 1), u"text"_s);
    QCOMPARE(cell(table, u"age"_s, 1), u"number"_s);
    QCOMPARE(cell(table, u"newsletter"_s, 1), u"yes/no"_s);
    QCOMPARE(cell(table, u"born"_s, 1), u"date"_s);
    QCOMPARE(cell(table, u"tags"_s, 1), u"list of text"_s);
    auto *ignored = dialog->findChild<QLabel *>(u"detectIgnored"_s);
    QVERIFY(ignored->isVisible());
    QVERIFY(ignored->text().contains(u"address"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"detectSummary"_s)->text().contains(u"body"_s));
    // Nothing changes before Apply.
    QCOMPARE(workflow(*window, u"signup"_s)->parameters, before);

    QUndoStack *undo = window->session()->undoStack();
    const int entries = undo->count();
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(undo->count(), entries + 1); // one undo step
    QCOMPARE(undo->undoText(), u"Set signup's parameters from detected data"_s);
    const Workflow *signup = workflow(*window, u"signup"_s);
    QCOMPARE(signup->parameters.size(), 5);
    QCOMPARE(signup->parameterSource, ParameterSource::Body);
    QCOMPARE(signup->findParameter(u"email"_s)->type, FieldType::text());
    QCOMPARE(signup->findParameter(u"age"_s)->type, FieldType::number());
    QCOMPARE(signup->findParameter(u"newsletter"_s)->type, FieldType::yesNo());
    QCOMPARE(signup->findParameter(u"born"_s)->type, FieldType::date());
    FieldType textList = FieldType::text();
    textList.isList = true;
    QCOMPARE(signup->findParameter(u"tags"_s)->type, textList);
    QVERIFY(!signup->findParameter(u"address"_s));
    // The panel follows the document.
    QCOMPARE(window->propertyPanel()->workflowPanel()->parameterTable()->model()->rowCount(), 5);

    undo->undo();
    QCOMPARE(workflow(*window, u"signup"_s)->parameters, before);
    QCOMPARE(workflow(*window, u"signup"_s)->parameterSource, ParameterSource::Body);
    undo->redo();
    QCOMPARE(workflow(*window, u"signup"_s)->parameters.size(), 5);
}

void tst_DetectData::cancelStopsListening()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"cancel.gatehouse"_s), {1024, 700});
    QVERIFY(window);
    const QList<Parameter> before = workflow(*window, u"issue_token"_s)->parameters;
    DetectDataDialog *dialog = pressDetect(*window, u"issue_token"_s);
    QVERIFY(dialog);
    QVERIFY(window->detectData()->isListening());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(!window->detectData()->isListening());
    QVERIFY(window->testServer()->isRunning()); // the server goes on serving

    const int entries = window->session()->undoStack()->count();
    QCOMPARE(postInitialize(*window, u"issue_token"_s, kSignupCall), 404);
    QVERIFY(m_probe.lastBody().contains("not listening"));
    // A capture is posted before the answer is written: any would be delivered here.
    QCoreApplication::processEvents();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->detectedTable()->rowCount(), 0);
    QCOMPARE(window->session()->undoStack()->count(), entries);
    QCOMPARE(workflow(*window, u"issue_token"_s)->parameters, before);
}

void tst_DetectData::openingAnotherProjectStopsListening()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"reopen.gatehouse"_s), {1024, 700});
    QVERIFY(window);
    DetectDataDialog *dialog = pressDetect(*window, u"signup"_s);
    QVERIFY(dialog);
    QVERIFY(window->detectData()->isListening());
    QVERIFY(window->files()->openDemo());
    QVERIFY(!window->detectData()->isListening());
    QVERIFY(dialog->messageLabel()->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(u"nothing was detected"_s));
}

void tst_DetectData::getAndHiddenWorkflowsCannotDetect()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"get.gatehouse"_s), {1024, 700});
    QVERIFY(window);
    QPushButton *button = window->propertyPanel()->workflowPanel()->detectDataButton();
    QVERIFY(window->selectWorkflow(u"signup"_s));
    QVERIFY(button->isEnabled());
    ProjectDocument *document = window->session()->document();
    const int index = document->project().indexOfWorkflow(u"signup"_s);
    Workflow get = document->project().workflows.at(index);
    get.method = HttpMethod::Get;
    get.parameterSource = ParameterSource::Querystring; // as the Trigger field does
    QVERIFY(window->session()->push(new ChangeWorkflow(document, index, get, u"GET"_s)));
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(u"GET"_s));
    QVERIFY(button->toolTip().contains(u"by hand"_s));
    window->session()->undoStack()->undo();
    QVERIFY(button->isEnabled());

    QVERIFY(window->selectWorkflow(u"internal_recalc"_s)); // not exposed
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(u"Expose"_s));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!window->detectDataDialog());
    QVERIFY(!window->testServer()->isRunning());
}

void tst_DetectData::workflowRenamedBeforeApplyGetsNothing()
{
    auto window = test::demoWindow(m_script, m_dir.filePath(u"renamed.gatehouse"_s), {1024, 700});
    QVERIFY(window);
    DetectDataDialog *dialog = pressDetect(*window, u"signup"_s);
    QVERIFY(dialog);
    QCOMPARE(postInitialize(*window, u"signup"_s, kSignupCall), 200);
    QTRY_COMPARE(dialog->detectedTable()->rowCount(), 5);
    ProjectDocument *document = window->session()->document();
    QVERIFY(window->session()->push(new RenameWorkflow(
        document, document->project().indexOfWorkflow(u"signup"_s), u"register"_s)));
    const QList<Parameter> before = workflow(*window, u"register"_s)->parameters;
    QUndoStack *undo = window->session()->undoStack();
    const int entries = undo->count();
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(undo->count(), entries);
    QCOMPARE(workflow(*window, u"register"_s)->parameters, before);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(u"renamed or removed"_s));
}

// With GATEHOUSE_SHOTS set to a folder: the window and the dialog, waiting
// and with what it detected, at 1024x700, to look at.
void tst_DetectData::screenshots()
{
    const QString folder = qEnvironmentVariable("GATEHOUSE_SHOTS");
    if (folder.isEmpty())
        QSKIP("GATEHOUSE_SHOTS is not set");
    auto window = test::demoWindow(m_script, m_dir.filePath(u"shots.gatehouse"_s), {1024, 700});
    QVERIFY(window);
    DetectDataDialog *dialog = pressDetect(*window, u"signup"_s);
    QVERIFY(dialog);
    QCoreApplication::processEvents(); // the docks settle after the server starts
    window->grab().save(folder + u"/detect-panel.png"_s);
    dialog->grab().save(folder + u"/detect-waiting.png"_s);
    QCOMPARE(postInitialize(*window, u"signup"_s, kSignupCall), 200);
    QTRY_COMPARE(dialog->detectedTable()->rowCount(), 5);
    QCoreApplication::processEvents();
    dialog->grab().save(folder + u"/detect-detected.png"_s);
    // The window with the dialog over it, as a user sees it.
    dialog->move(window->geometry().center() - dialog->rect().center());
    // The offscreen platform draws no window frame: a plain one, with the title.
    QImage composed = window->grab().toImage();
    QPainter painter(&composed);
    const int titleHeight = dialog->fontMetrics().height() + 10;
    const QRect inside(dialog->geometry().topLeft() - window->geometry().topLeft(), dialog->size());
    const QRect title(inside.left(), inside.top() - titleHeight, inside.width(), titleHeight);
    painter.fillRect(inside.united(title).adjusted(-1, -1, 1, 1), QColor(0x55, 0x5b, 0x66));
    painter.fillRect(title, QColor(0xe4, 0xe7, 0xec));
    painter.setPen(dialog->palette().color(QPalette::WindowText));
    painter.drawText(title, Qt::AlignCenter, dialog->windowTitle());
    painter.drawPixmap(inside.topLeft(), dialog->grab());
    painter.end();
    composed.save(folder + u"/detect-window.png"_s);
    ProjectDocument *document = window->session()->document();
    QVERIFY(window->session()->push(new RenameWorkflow(
        document, document->project().indexOfWorkflow(u"signup"_s), u"register"_s)));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    dialog->grab().save(folder + u"/detect-message.png"_s);
}

QTEST_MAIN(tst_DetectData)
#include "tst_detectdata.moc"
