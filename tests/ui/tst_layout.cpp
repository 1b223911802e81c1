// The window at 1024x700 on the demo, every dock open: the widgets that
// matter are visible and not clipped, the Request Log keeps its columns, and
// the field in error scrolls into view. Run again with QT_SCALE_FACTOR=2.
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "models/RequestLogModel.h"
#include "panels/ExpressionEdit.h"
#include "panels/ProblemsPanel.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowPropertiesPanel.h"
#include "server/TestServerController.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_Layout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namedWidgetsFitAt1024x700();
    void requestLogColumnsKeepTheirWidth();
    void propertyPanelScrollsAsOne();
    void fieldInErrorScrollsIntoView();

private:
    std::unique_ptr<MainWindow> makeWindow();
};

namespace {
// Shown, inside the window, and not cut by any parent: what the user sees.
QString whyNotSeen(const QWidget *widget)
{
    if (!widget->isVisible())
        return u"hidden"_s;
    if (widget->width() < 8 || widget->height() < 8)
        return u"collapsed to %1x%2"_s.arg(widget->width()).arg(widget->height());
    const QRect inWindow(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    if (!widget->window()->rect().contains(inWindow))
        return u"outside the window"_s;
    // Every parent, scroll areas' viewports included, holds it whole.
    for (const QWidget *parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        const QRect parentInWindow(parent->mapTo(widget->window(), QPoint(0, 0)), parent->size());
        if (!parentInWindow.contains(inWindow))
            return u"clipped by %1"_s.arg(QString::fromLatin1(parent->metaObject()->className()));
    }
    return {};
}
} // namespace

void tst_Layout::initTestCase()
{
    test::isolateSettings();
    // The 2x run is another process of the same program: its own settings.
    QCoreApplication::setApplicationName(QCoreApplication::applicationName() +
                                         qEnvironmentVariable("QT_SCALE_FACTOR"));
    QSettings().clear();
}

std::unique_ptr<MainWindow> tst_Layout::makeWindow()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->files()->openDemo();
    window->selectWorkflow(u"create_transaction"_s);
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        dock->show();
    window->resize(1024, 700);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    QApplication::processEvents();
    return window;
}

void tst_Layout::namedWidgetsFitAt1024x700()
{
    auto window = makeWindow();
    QCOMPARE(window->size(), QSize(1024, 700));
    const QStringList names{u"workflowList"_s,   u"canvasArea"_s,     u"workflowName"_s,
                            u"historyView"_s,    u"requestLogView"_s, u"traceView"_s,
                            u"problemsView"_s,   u"problemCount"_s,   u"testServerStatus"_s,
                            u"traceStepDetail"_s};
    for (const QString &name : names) {
        auto *widget = window->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        const QString problem = whyNotSeen(widget);
        QVERIFY2(problem.isEmpty(), qPrintable(name + u": "_s + problem));
    }
    const QString path = qEnvironmentVariable("GATEHOUSE_LAYOUT_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(window->grab().save(path));
}

void tst_Layout::requestLogColumnsKeepTheirWidth()
{
    auto window = makeWindow();
    auto *log = window->findChild<QTableView *>(u"requestLogView"_s);
    QVERIFY(log);
    const QFontMetrics metrics = log->fontMetrics();
    QHeaderView *header = log->horizontalHeader();
    QVERIFY(header->sectionSize(2) >=
            metrics.horizontalAdvance(u"/api/1.1/wf/create_transaction"_s));
    QVERIFY(header->sectionSize(3) >= metrics.horizontalAdvance(u"Status"_s));
    QVERIFY(header->sectionSize(4) >= metrics.horizontalAdvance(u"user `someone@example.com`"_s));
    QCOMPARE(log->textElideMode(), Qt::ElideMiddle);
    // In the narrow dock, the columns a tester reads come first and are in view.
    QCOMPARE(header->logicalIndex(0), 3); // status
    QCOMPARE(header->logicalIndex(1), 2); // path
    QCOMPARE(header->logicalIndex(2), 4); // caller
    QCOMPARE(header->logicalIndex(3), 1); // method
    const int viewport = log->viewport()->width();
    const int pathStart = header->sectionViewportPosition(2);
    QVERIFY2(pathStart + metrics.horizontalAdvance(u"/api/1.1/wf/create"_s) <= viewport,
             qPrintable(u"the path starts at %1 of %2"_s.arg(pathStart).arg(viewport)));

    // Following the newest request scrolls down, never sideways off the status.
    for (int i = 0; i < 40; ++i) {
        RequestLogEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.method = u"POST"_s;
        entry.path = u"/api/1.1/wf/create_transaction"_s;
        entry.principal = u"anonymous"_s;
        entry.status = 200;
        window->testServer()->logModel()->append(entry);
    }
    QApplication::processEvents();
    QCOMPARE(log->horizontalScrollBar()->value(), 0);
    QVERIFY(log->verticalScrollBar()->value() > 0);
    QVERIFY(header->sectionViewportPosition(3) >= 0); // the status, in view
}

void tst_Layout::propertyPanelScrollsAsOne()
{
    auto window = makeWindow();
    auto *table = window->propertyPanel()->workflowPanel()->parameterTable();
    QCOMPARE(table->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    // Every parameter row is inside the table: nothing to scroll inside it.
    const int rows = table->model()->rowCount();
    QVERIFY(rows > 0);
    const QRect last = table->visualRect(table->model()->index(rows - 1, 0));
    QVERIFY(table->viewport()->rect().contains(last));
}

void tst_Layout::fieldInErrorScrollsIntoView()
{
    auto window = makeWindow();
    Project broken = window->session()->document()->project();
    broken.workflows[2].condition = u"amout > 0"_s;
    QVERIFY(window->session()->startUnsaved(broken));
    window->selectWorkflow(u"create_transaction"_s);
    QLineEdit *condition = window->propertyPanel()->workflowPanel()->conditionEdit()->lineEdit();
    QTreeView *problems = window->problemsPanel()->view();
    QCOMPARE(problems->model()->rowCount(), 1);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                      problems->visualRect(problems->model()->index(0, 0)).center());
    QTRY_VERIFY(condition->hasFocus());
    const QString problem = whyNotSeen(condition);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(tst_Layout)
#include "tst_layout.moc"
