// The editor from the keyboard: the panel shortcuts (Ctrl+1 to Ctrl+4) and
// Insert / Delete in the parameter and value tables, each an undoable edit.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "panels/ActionPropertiesPanel.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowCanvas.h"
#include "panels/WorkflowListPanel.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>
#include <QUndoView>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_EditorKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void ctrlNumbersFocusThePanels();
    void historyShortcutShowsTheUndoView();
    void insertAndDeleteEditParameters();
    void insertAndDeleteEditValues();

private:
    const Project &project() const { return m_window->session()->document()->project(); }
    const Workflow &workflow(const QString &name) const { return *project().findWorkflow(name); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        QWidget *target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    std::unique_ptr<MainWindow> m_window;
};

void tst_EditorKeyboard::init()
{
    QSettings().clear();
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->files()->openDemo());
    QVERIFY(m_window->selectWorkflow(u"create_transaction"_s));
}

void tst_EditorKeyboard::ctrlNumbersFocusThePanels()
{
    m_window->listPanel()->view()->setFocus();
    press(Qt::Key_3);
    QCOMPARE(QApplication::focusWidget(), m_window->propertyPanel()->workflowPanel()->nameEdit());

    press(Qt::Key_2);
    QCOMPARE(QApplication::focusWidget(), m_window->canvas());
    QTest::keyClick(m_window->canvas(), Qt::Key_Right); // select step 1
    QCOMPARE(m_window->selection()->action(), 0);
    press(Qt::Key_3);
    ActionPropertiesPanel *action = m_window->propertyPanel()->actionPanel();
    QVERIFY(action->isVisible());
    QCOMPARE(QApplication::focusWidget(), action->dataTypeCombo());

    // Even with the Properties dock closed, Ctrl+3 brings it back.
    auto *dock = m_window->findChild<QDockWidget *>(u"propertiesDock"_s);
    dock->close();
    QVERIFY(dock->isHidden());
    press(Qt::Key_1);
    QCOMPARE(QApplication::focusWidget(), m_window->listPanel()->view());
    press(Qt::Key_3);
    QVERIFY(dock->isVisible());
    QCOMPARE(QApplication::focusWidget(), action->dataTypeCombo());
}

void tst_EditorKeyboard::historyShortcutShowsTheUndoView()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"historyDock"_s);
    QVERIFY(dock->isHidden());
    m_window->canvas()->setFocus();
    press(Qt::Key_4);
    QVERIFY(dock->isVisible());
    auto *history = m_window->findChild<QUndoView *>(u"historyView"_s);
    QCOMPARE(QApplication::focusWidget(), history);
    // Pressed again, it stays shown: it shows, it does not toggle.
    press(Qt::Key_4);
    QVERIFY(dock->isVisible());
}

void tst_EditorKeyboard::insertAndDeleteEditParameters()
{
    QTableView *table = m_window->propertyPanel()->workflowPanel()->parameterTable();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(workflow(u"create_transaction"_s).parameters.size(), 4);
    QCOMPARE(workflow(u"create_transaction"_s).parameters.last().key, u"parameter"_s);
    QCOMPARE(m_window->session()->undoStack()->undoText(),
             u"Add parameter parameter to create_transaction"_s);
    QCOMPARE(table->currentIndex().row(), 3);

    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(workflow(u"create_transaction"_s).parameters.size(), 3);
    QCOMPARE(workflow(u"create_transaction"_s).parameters.first().key, u"phone"_s);
    QCOMPARE(m_window->session()->undoStack()->undoText(),
             u"Remove parameter account from create_transaction"_s);
    // The next row is current, so Delete again removes it.
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(workflow(u"create_transaction"_s).parameters.first().key, u"amount"_s);

    m_window->session()->undoStack()->undo();
    m_window->session()->undoStack()->undo();
    m_window->session()->undoStack()->undo();
    QCOMPARE(workflow(u"create_transaction"_s).parameters.size(), 3);
    QCOMPARE(workflow(u"create_transaction"_s).parameters.first().key, u"account"_s);

    // While a cell is edited, Delete belongs to the cell's text.
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(table->currentIndex().row(), 3);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->home(false);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(workflow(u"create_transaction"_s).parameters.last().key, u"arameter"_s);
    QCOMPARE(workflow(u"create_transaction"_s).parameters.size(), 4);
}

void tst_EditorKeyboard::insertAndDeleteEditValues()
{
    QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {},
                      m_window->canvas()->cardRect(0).center());
    QCOMPARE(m_window->selection()->action(), 0);
    QTableView *table = m_window->propertyPanel()->actionPanel()->assignmentTable();
    QVERIFY(table->isVisible());
    const auto values = [this] {
        return workflow(u"create_transaction"_s).actions.at(0).assignments;
    };
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(values().size(), 4);
    // The first field of Transaction the step does not set yet.
    QVERIFY(values().last().key != u"key"_s);
    QCOMPARE(values().last().value, u"empty"_s);
    QCOMPARE(table->currentIndex().row(), 3);
    const QString removedKey = values().last().key;
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(values().size(), 3);
    QCOMPARE(m_window->session()->undoStack()->undoText(),
             u"Remove value %1 from create_transaction step 1"_s.arg(removedKey));
    m_window->session()->undoStack()->undo();
    QCOMPARE(values().size(), 4);
}

QTEST_MAIN(tst_EditorKeyboard)
#include "tst_editorkeyboard.moc"
