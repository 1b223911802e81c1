// The Test Records panel in the editor window: reached from the View menu,
// the demo's records listed, searched and sorted, added, edited in place
// (a refused value changes nothing), deleted, a password set as a hash
// only, everything undone back to the start.

#include "EditorSession.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "commands/ChangeDataType.h"
#include "crypto/PasswordHasher.h"
#include "data/RecordTableModel.h"
#include "data/RecordsPanel.h"
#include "files/FileController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace gatehouse;
using namespace Qt::Literals::StringLiterals;

class tst_Records : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void viewMenuShowsTheDemoRecords();
    void searchAndSort();
    void editCellsInPlace();
    void aRefusedValueSaysWhyAndChangesNothing();
    void aReferenceFieldIsPickedByLabelAndFollowsItsTarget();
    void anEditKeepsSelectionWithoutAReset();
    void addEditDeleteAndUndoAll();
    void setPasswordStoresOnlyAHash();
    void modelPassesTheTester();
    void screenshots();

private:
    const Project &project() const { return m_window->session()->document()->project(); }
    RecordsPanel *panel() const { return m_window->recordsPanel(); }
    QAbstractItemModel *proxy() const { return panel()->proxy(); }
    int recordIndex(const QString &id) const;
    QModelIndex cell(int proxyRow, const QString &column) const;
    int proxyRowOf(const QString &id) const;
    void selectRow(int proxyRow);

    std::shared_ptr<test::Script> m_script;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Records::init()
{
    QSettings().clear();
    m_script = std::make_shared<test::Script>();
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
    if (QTest::currentTestFunction() != QByteArray("viewMenuShowsTheDemoRecords"))
        m_window->findChild<QAction *>(u"showTestRecords"_s)->trigger();
}

int tst_Records::recordIndex(const QString &id) const
{
    for (int i = 0; i < project().records.size(); ++i) {
        if (project().records.at(i).id == id)
            return i;
    }
    return -1;
}

QModelIndex tst_Records::cell(int proxyRow, const QString &column) const
{
    const int source = panel()->model()->columnOfField(column);
    return proxy()->index(proxyRow, source);
}

int tst_Records::proxyRowOf(const QString &id) const
{
    const QModelIndex source =
        panel()->model()->index(panel()->model()->rowOfRecord(recordIndex(id)), 0);
    return panel()->proxy()->mapFromSource(source).row();
}

void tst_Records::selectRow(int proxyRow)
{
    panel()->view()->selectRow(proxyRow);
    QCOMPARE(panel()->view()->selectionModel()->selectedRows().value(0).row(), proxyRow);
}

void tst_Records::viewMenuShowsTheDemoRecords()
{
    QVERIFY(!panel()->isVisible());
    auto *action = m_window->findChild<QAction *>(u"showTestRecords"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Alt+R"_s));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    auto *dock = m_window->findChild<QDockWidget *>(u"testRecordsDock"_s);
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    panel()->selectType(DataType::userTypeName());
    QCOMPARE(proxy()->rowCount(), 3);
    QCOMPARE(cell(0, u"email"_s).data().toString(), u"alice@example.com"_s);
    QCOMPARE(cell(2, u"admin"_s).data().toString(), u"yes"_s);
    const int password = proxy()->columnCount() - 1;
    QCOMPARE(proxy()->headerData(password, Qt::Horizontal).toString(), u"Password"_s);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(proxy()->index(row, password).data().toString(), u"set"_s);
    QVERIFY(!(proxy()->index(0, password).flags() & Qt::ItemIsEditable));

    panel()->selectType(u"Transaction"_s);
    QCOMPARE(proxy()->rowCount(), 5);
    // A reference shows the readable label: the creator's e-mail address.
    QCOMPARE(cell(0, u"Created By"_s).data().toString(), u"alice@example.com"_s);
    QCOMPARE(cell(0, u"Created By"_s).data(Qt::EditRole).toString(), DemoProject::aliceId());
    QCOMPARE(cell(0, u"amount"_s).data().toString(), u"10"_s);
}

void tst_Records::searchAndSort()
{
    panel()->selectType(u"Transaction"_s);
    QTest::keyClicks(panel()->searchEdit(), u"BOB@"_s);
    QTRY_COMPARE(proxy()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(cell(row, u"account"_s).data().toString(), u"ACC-BOB-01"_s);
    panel()->searchEdit()->clear();
    QTRY_COMPARE(proxy()->rowCount(), 5);

    const int amount = panel()->model()->columnOfField(u"amount"_s);
    panel()->view()->sortByColumn(amount, Qt::DescendingOrder);
    QStringList amounts;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        amounts.append(proxy()->index(row, amount).data().toString());
    // Numbers sort as numbers: 5 after 10.
    QCOMPARE(amounts, (QStringList{u"30"_s, u"20"_s, u"15"_s, u"10"_s, u"5"_s}));
}

void tst_Records::editCellsInPlace()
{
    panel()->selectType(u"Transaction"_s);
    QTableView *view = panel()->view();
    const QString id = project().records.at(panel()->model()->recordIndexOfRow(0)).id;

    const QModelIndex note = cell(0, u"note"_s);
    view->setCurrentIndex(note);
    view->edit(note);
    QPointer<QLineEdit> line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    QTest::keyClicks(line, u"lunch"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(line.isNull());
    QCOMPARE(project().records.at(recordIndex(id)).values.value(u"note"_s).toString(), u"lunch"_s);

    // A date with a date editor.
    const QModelIndex created = cell(0, u"Created Date"_s);
    view->setCurrentIndex(created);
    view->edit(created);
    QPointer<QDateTimeEdit> dates = qobject_cast<QDateTimeEdit *>(view->indexWidget(created));
    if (!dates)
        dates = view->findChild<QDateTimeEdit *>();
    QVERIFY(dates);
    const QDateTime newDate(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    dates->setDateTime(newDate);
    QTest::keyClick(dates, Qt::Key_Return);
    QTRY_VERIFY(dates.isNull());
    QCOMPARE(project().records.at(recordIndex(id)).createdDate, newDate);

    // A reference picked from the target type's records, by label.
    const QModelIndex creator = cell(0, u"Created By"_s);
    view->setCurrentIndex(creator);
    view->edit(creator);
    QPointer<QComboBox> combo = view->findChild<QComboBox *>(u"referenceChooser"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"alice@example.com"_s);
    const int bob = combo->findText(u"bob@example.com"_s);
    QVERIFY(bob > 0);
    combo->setCurrentIndex(bob);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(combo.isNull());
    QCOMPARE(project().records.at(recordIndex(id)).createdBy, DemoProject::bobId());
    QCOMPARE(cell(proxyRowOf(id), u"Created By"_s).data().toString(), u"bob@example.com"_s);
}

void tst_Records::aRefusedValueSaysWhyAndChangesNothing()
{
    panel()->selectType(u"Transaction"_s);
    const Project before = project();
    const int undoCount = m_window->session()->undoStack()->count();
    QVERIFY(!proxy()->setData(cell(0, u"amount"_s), u"lots"_s));
    QCOMPARE(project(), before);
    QCOMPARE(m_window->session()->undoStack()->count(), undoCount);
    QVERIFY(panel()->notice().contains(u"amount"_s));
    QVERIFY(panel()->notice().contains(u"expected a number"_s));

    panel()->selectType(DataType::userTypeName());
    QVERIFY(!proxy()->setData(cell(1, u"email"_s), u"ALICE@example.com"_s));
    QVERIFY(panel()->notice().contains(u"another user"_s));
    QCOMPARE(project(), before);
    QVERIFY(proxy()->setData(cell(1, u"email"_s), u"robert@example.com"_s));
    QVERIFY(panel()->notice().isEmpty());
}

void tst_Records::aReferenceFieldIsPickedByLabelAndFollowsItsTarget()
{
    ProjectDocument *document = m_window->session()->document();
    const int type = int(project().dataTypes.indexOf(*project().findDataType(u"Transaction"_s)));
    DataType edited = project().dataTypes.at(type);
    edited.fields.append(Field{u"payer"_s, FieldType::reference(DataType::userTypeName())});
    QVERIFY(m_window->session()->push(new ChangeDataType(document, type, edited, u"payer"_s)));
    panel()->selectType(u"Transaction"_s);
    const QString id = project().records.at(panel()->model()->recordIndexOfRow(1)).id;
    const QModelIndex payer = cell(1, u"payer"_s);
    QVERIFY(payer.isValid());
    panel()->view()->setCurrentIndex(payer);
    panel()->view()->edit(payer);
    QPointer<QComboBox> combo = panel()->view()->findChild<QComboBox *>(u"referenceChooser"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4); // none and the three users
    combo->setCurrentIndex(combo->findText(u"root@example.com"_s));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(combo.isNull());
    const Record &record = project().records.at(recordIndex(id));
    QCOMPARE(record.values.value(u"payer"_s).toString(),
             project().records.at(2).id); // root, the third user
    QVERIFY(!proxy()->setData(cell(1, u"payer"_s), u"no-such-id"_s));
    QVERIFY(panel()->notice().contains(u"expected the id of"_s));

    // The label follows the referenced user, without a reset.
    QSignalSpy resets(panel()->model(), &QAbstractItemModel::modelReset);
    Record root = project().records.at(2);
    root.values.insert(u"email"_s, u"admin@example.com"_s);
    QVERIFY(document->replaceRecord(2, root));
    QCOMPARE(cell(proxyRowOf(id), u"payer"_s).data().toString(), u"admin@example.com"_s);
    QCOMPARE(resets.count(), 0);
}

void tst_Records::anEditKeepsSelectionWithoutAReset()
{
    panel()->selectType(u"Transaction"_s);
    selectRow(3);
    QSignalSpy resets(panel()->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(panel()->model(), &QAbstractItemModel::dataChanged);
    QVERIFY(proxy()->setData(cell(3, u"amount"_s), 7.5));
    QCOMPARE(cell(3, u"amount"_s).data().toString(), u"7.5"_s);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() >= 1);
    QCOMPARE(panel()->view()->selectionModel()->selectedRows().value(0).row(), 3);
    m_window->session()->undoStack()->undo();
    QCOMPARE(cell(3, u"amount"_s).data().toString(), u"5"_s);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(panel()->view()->selectionModel()->selectedRows().value(0).row(), 3);
}

void tst_Records::addEditDeleteAndUndoAll()
{
    panel()->selectType(u"Transaction"_s);
    const Project before = project();
    QUndoStack *stack = m_window->session()->undoStack();
    const int start = stack->index();

    panel()->findChild<QPushButton *>(u"addRecord"_s)->click();
    QCOMPARE(proxy()->rowCount(), 6);
    QCOMPARE(project().records.size(), before.records.size() + 1);
    const Record added = project().records.last();
    QCOMPARE(added.type, u"Transaction"_s);
    QCOMPARE(panel()->view()->currentIndex().row(), proxyRowOf(added.id));

    QVERIFY(proxy()->setData(cell(proxyRowOf(added.id), u"tagged"_s), true));
    QVERIFY(project().records.last().values.value(u"tagged"_s).toBool());
    QCOMPARE(cell(proxyRowOf(added.id), u"tagged"_s).data().toString(), u"yes"_s);

    selectRow(0);
    auto *remove = panel()->findChild<QPushButton *>(u"deleteRecord"_s);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(proxy()->rowCount(), 5);
    QCOMPARE(recordIndex(before.records.at(panel()->model()->recordIndexOfRow(0)).id), -1);

    while (stack->index() > start)
        stack->undo();
    QCOMPARE(project(), before);
    QCOMPARE(proxy()->rowCount(), 5);
}

void tst_Records::setPasswordStoresOnlyAHash()
{
    panel()->selectType(DataType::userTypeName());
    auto *button = panel()->findChild<QPushButton *>(u"setPassword"_s);
    QVERIFY(button->isVisible());
    selectRow(0);
    const QByteArray oldHash =
        project().records.at(recordIndex(DemoProject::aliceId())).passwordHash;
    QVERIFY(!panel()->setPassword(u"new-secret"_s, u"new-secrte"_s));
    QVERIFY(panel()->notice().contains(u"differ"_s));
    QCOMPARE(project().records.at(recordIndex(DemoProject::aliceId())).passwordHash, oldHash);

    QVERIFY(panel()->setPassword(u"new-secret"_s, u"new-secret"_s));
    const QByteArray hash = project().records.at(recordIndex(DemoProject::aliceId())).passwordHash;
    QVERIFY(hash != oldHash);
    QVERIFY(PasswordHasher::looksLikeHash(hash));
    QVERIFY(!hash.contains("new-secret"));
    QVERIFY(PasswordHasher::verify(hash, u"new-secret"_s));
    // Nothing in the table shows the password or its hash.
    for (int column = 0; column < proxy()->columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)}) {
            const QString shown = proxy()->index(0, column).data(role).toString();
            QVERIFY(!shown.contains(u"new-secret"_s));
            QVERIFY(!shown.contains(u"argon2"_s));
        }
    }

    // A new user has none until one is set.
    panel()->addRecord();
    const int password = proxy()->columnCount() - 1;
    const int row = panel()->view()->currentIndex().row();
    QCOMPARE(proxy()->index(row, password).data().toString(), u"not set"_s);
    selectRow(row);
    QVERIFY(panel()->setPassword(u"pw-2"_s, u"pw-2"_s));
    QCOMPARE(proxy()->index(row, password).data().toString(), u"set"_s);
    m_window->session()->undoStack()->undo();
    QCOMPARE(proxy()->index(row, password).data().toString(), u"not set"_s);
}

void tst_Records::modelPassesTheTester()
{
    QAbstractItemModelTester tester(panel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panel()->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel()->selectType(u"Transaction"_s);
    panel()->addRecord();
    QVERIFY(proxy()->setData(cell(0, u"amount"_s), 11));
    selectRow(1);
    QVERIFY(panel()->deleteSelectedRecord());
    panel()->selectType(DataType::userTypeName());
    panel()->addRecord();
    QUndoStack *stack = m_window->session()->undoStack();
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(project().records.size(), 8);
}

void tst_Records::screenshots()
{
    panel()->selectType(u"Transaction"_s);
    selectRow(1);
    QVERIFY(panel()->view()->isVisible());
    QVERIFY(panel()->view()->height() >= 3 * panel()->view()->rowHeight(0));
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(m_window->grab().save(dir + u"/test-records-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/test-records-dark.png"_s));
}

QTEST_MAIN(tst_Records)
#include "tst_records.moc"
