// The Data Types panel in the editor window: reached from the View menu,
// types and fields added, renamed (every expression follows), retyped and
// deleted, a delete that would dangle refused, everything undone.

#include "EditorSession.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "data/DataTypeListModel.h"
#include "data/DataTypesPanel.h"
#include "data/FieldTableModel.h"
#include "files/FileController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace gatehouse;
using namespace Qt::Literals::StringLiterals;

class tst_DataTypes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void viewMenuShowsTheDataTypes();
    void renameTypeInPlaceRewritesEveryExpressionAndUndoes();
    void addRetypeAndDeleteAField();
    void renameFieldRewritesSearchesAndPermissions();
    void deleteThatWouldDangleIsRefusedAndSaysWhere();
    void builtInFieldsAreReadOnly();
    void aPublicTypeIsMarked();
    void modelsPassTheTester();
    void screenshots();

private:
    void makeWindow();
    const Project &project() const { return m_window->session()->document()->project(); }
    DataTypesPanel *panel() const { return m_window->dataTypesPanel(); }
    int rowOfField(const QString &name) const;
    void editCell(QAbstractItemView *view, const QModelIndex &index, const QString &text);
    void typeIntoEditor(const QString &text);

    std::shared_ptr<test::Script> m_script;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DataTypes::init()
{
    QSettings().clear();
    m_script = std::make_shared<test::Script>();
    makeWindow();
}

void tst_DataTypes::makeWindow()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(m_script);
    options.restoreLayout = false;
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->files()->openDemo();
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (QTest::currentTestFunction() != QByteArray("viewMenuShowsTheDataTypes"))
        m_window->findChild<QAction *>(u"showDataTypes"_s)->trigger();
}

int tst_DataTypes::rowOfField(const QString &name) const
{
    const FieldTableModel *model = panel()->fieldModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void tst_DataTypes::editCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    view->setCurrentIndex(index);
    view->edit(index);
    typeIntoEditor(text);
}

void tst_DataTypes::typeIntoEditor(const QString &text)
{
    QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return); // commits from the event loop
    QTRY_VERIFY(editor.isNull());
}

void tst_DataTypes::viewMenuShowsTheDataTypes()
{
    QVERIFY(!m_window->dataTypesPanel()->isVisible());
    auto *action = m_window->findChild<QAction *>(u"showDataTypes"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Alt+D"_s));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::AltModifier);
    auto *dock = m_window->findChild<QDockWidget *>(u"dataTypesDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    QCOMPARE(panel()->typeModel()->rowCount(), 2);
    QVERIFY(QApplication::focusWidget() == panel()->typeView());
}

void tst_DataTypes::renameTypeInPlaceRewritesEveryExpressionAndUndoes()
{
    const Project before = project();
    panel()->selectType(1);
    editCell(panel()->typeView(), panel()->typeModel()->index(1), u"Payment"_s);
    QVERIFY(project().findDataType(u"Payment"_s));
    QCOMPARE(project().findDataType(u"Payment"_s)->privacyRules.at(0).condition,
             u"This Payment's Creator is Current User"_s);
    QCOMPARE(project().findWorkflow(u"admin_cleanup"_s)->actions.at(0).target,
             u"Search for Payments where tagged is yes"_s);
    QCOMPARE(project().settings.dataApiTypes, QStringList{u"Payment"_s});
    // The panel keeps the renamed type chosen.
    QCOMPARE(panel()->fieldModel()->typeIndex(), 1);
    QCOMPARE(m_window->session()->undoStack()->count(), 1);
    m_window->session()->undoStack()->undo();
    QCOMPARE(project(), before);
}

void tst_DataTypes::addRetypeAndDeleteAField()
{
    const Project before = project();
    panel()->selectType(1);
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"addField"_s), Qt::LeftButton);
    // The new field opens for its name.
    typeIntoEditor(u"due"_s);
    const DataType *transaction = project().findDataType(u"Transaction"_s);
    QVERIFY(transaction->findField(u"due"_s));
    const int row = rowOfField(u"due"_s);
    QVERIFY(row > 0);
    FieldTableModel *model = panel()->fieldModel();
    QVERIFY(
        model->setData(model->index(row, FieldTableModel::TypeColumn), u"date"_s, Qt::EditRole));
    QVERIFY(model->setData(model->index(row, FieldTableModel::ListColumn), Qt::Checked,
                           Qt::CheckStateRole));
    QCOMPARE(project().findDataType(u"Transaction"_s)->findField(u"due"_s)->type.displayName(),
             u"list of date"_s);
    panel()->fieldView()->setCurrentIndex(model->index(row, 0));
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"deleteField"_s), Qt::LeftButton);
    QVERIFY(!project().findDataType(u"Transaction"_s)->findField(u"due"_s));
    QUndoStack *stack = m_window->session()->undoStack();
    QCOMPARE(stack->count(), 5); // add, rename, retype, make a list, delete
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(project(), before);
}

void tst_DataTypes::renameFieldRewritesSearchesAndPermissions()
{
    panel()->selectType(1);
    const int row = rowOfField(u"tagged"_s);
    editCell(panel()->fieldView(), panel()->fieldModel()->index(row, 0), u"flagged"_s);
    QCOMPARE(project().findWorkflow(u"admin_cleanup"_s)->actions.at(0).target,
             u"Search for Transactions where flagged is yes"_s);
    QCOMPARE(project().findWorkflow(u"tag_my_transactions"_s)->actions.at(0).assignments.at(0).key,
             u"flagged"_s);
    QCOMPARE(rowOfField(u"flagged"_s), row);
}

void tst_DataTypes::deleteThatWouldDangleIsRefusedAndSaysWhere()
{
    panel()->selectType(1);
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"deleteType"_s), Qt::LeftButton);
    QVERIFY(project().findDataType(u"Transaction"_s));
    QVERIFY(panel()->notice().contains(u"workflow admin_cleanup, step 1, target"_s));
    // Workflows use it: only the builder can change those.
    QVERIFY(!panel()->findChild<QPushButton *>(u"removeTogether"_s)->isVisible());
    panel()->selectType(0);
    panel()->fieldView()->setCurrentIndex(panel()->fieldModel()->index(rowOfField(u"admin"_s), 0));
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"deleteField"_s), Qt::LeftButton);
    QVERIFY(project().findDataType(u"User"_s)->findField(u"admin"_s));
    QVERIFY(panel()->notice().contains(u"privacy rule admins"_s));
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
    // The rule naming it can go along, as one undo step.
    auto *together = panel()->findChild<QPushButton *>(u"removeTogether"_s);
    QVERIFY(together->isVisible());
    const Project before = project();
    QTest::mouseClick(together, Qt::LeftButton);
    QVERIFY(!project().findDataType(u"User"_s)->findField(u"admin"_s));
    QCOMPARE(project().findDataType(u"Transaction"_s)->privacyRules.size(), 1);
    QVERIFY(!together->isVisible());
    m_window->session()->undoStack()->undo();
    QCOMPARE(project(), before);
    // A new type nothing names goes at once.
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"addType"_s), Qt::LeftButton);
    QCOMPARE(project().dataTypes.size(), 3);
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"deleteType"_s), Qt::LeftButton);
    QCOMPARE(project().dataTypes.size(), 2);
    QVERIFY(panel()->notice().isEmpty());
}

// A type nobody made private (a new one: Bubble's default) is public, and
// the list says so with the open padlock and a tooltip that says what to do;
// the demo's types are private and carry no mark.
void tst_DataTypes::aPublicTypeIsMarked()
{
    const QAbstractItemModel *types = panel()->typeModel();
    for (int row = 0; row < types->rowCount(); ++row)
        QVERIFY(types->index(row, 0).data(Qt::DecorationRole).isNull());
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"addType"_s), Qt::LeftButton);
    const QModelIndex added = types->index(types->rowCount() - 1, 0);
    QVERIFY(!added.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(added.data(Qt::ToolTipRole).toString().contains(u"Public"_s),
             qPrintable(added.data(Qt::ToolTipRole).toString()));
    QVERIFY(!added.data(Qt::ToolTipRole).toString().contains(u"GET /obj/"_s));
    // Exposed in the Data API, the tooltip says what anyone can do with it.
    ProjectSettings settings = project().settings;
    settings.dataApiTypes.append(added.data().toString());
    QVERIFY(m_window->session()->document()->setSettings(settings));
    QVERIFY(added.data(Qt::ToolTipRole).toString().contains(u"GET /obj/"_s));
    if (const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(panel()->grab().save(dir + u"/data-types-public.png"_s));
}

void tst_DataTypes::builtInFieldsAreReadOnly()
{
    panel()->selectType(0);
    FieldTableModel *model = panel()->fieldModel();
    QCOMPARE(model->index(0, 0).data().toString(), u"_id"_s);
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
    const QModelIndex email = model->index(rowOfField(u"email"_s), 0);
    QVERIFY(!(model->flags(email) & Qt::ItemIsEditable));
    QVERIFY(!model->setData(email, u"mail"_s, Qt::EditRole));
    QVERIFY(!(panel()->typeModel()->flags(panel()->typeModel()->index(0)) & Qt::ItemIsEditable));
    panel()->fieldView()->setCurrentIndex(email);
    QVERIFY(!panel()->findChild<QPushButton *>(u"deleteField"_s)->isEnabled());
    QVERIFY(!panel()->findChild<QPushButton *>(u"deleteType"_s)->isEnabled());
}

void tst_DataTypes::modelsPassTheTester()
{
    QAbstractItemModelTester types(panel()->typeModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester fields(panel()->fieldModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel()->selectType(1);
    panel()->addField();
    QApplication::processEvents();
    panel()->addType();
    QApplication::processEvents();
    panel()->selectType(1);
    FieldTableModel *model = panel()->fieldModel();
    model->setData(model->index(rowOfField(u"note"_s), 0), u"memo"_s, Qt::EditRole);
    QUndoStack *stack = m_window->session()->undoStack();
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(panel()->typeModel()->rowCount(), 2);
}

// Makes docs/images/data-types-{light,dark}.png when GATEHOUSE_SCREENSHOT_DIR
// names a folder; checks the panel fits a 1024x700 window either way.
void tst_DataTypes::screenshots()
{
    panel()->selectType(1);
    QVERIFY(panel()->fieldView()->isVisible());
    QVERIFY(panel()->fieldView()->height() >= 4 * panel()->fieldView()->rowHeight(0));
    QVERIFY(panel()->findChild<QPushButton *>(u"deleteField"_s)->isVisible());
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(m_window->grab().save(dir + u"/data-types-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/data-types-dark.png"_s));
}

QTEST_MAIN(tst_DataTypes)
#include "tst_datatypes.moc"
