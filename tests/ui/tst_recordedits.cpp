// Editing test records beyond a single value (issue 13, item 5): a list
// field edited as a list (references ticked by label, other kinds one a
// line), a file field as its URL, each checked by the record validator and
// one undo step; and the password dialog itself, typed twice, a mismatch
// refused, a match kept only as an argon2id hash, undoable.
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/ChangeDataType.h"
#include "crypto/PasswordHasher.h"
#include "data/PasswordDialog.h"
#include "data/RecordListDialog.h"
#include "data/RecordTableModel.h"
#include "data/RecordsPanel.h"
#include "files/FileController.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace gatehouse;
using namespace Qt::Literals::StringLiterals;

class tst_RecordEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void aTextListIsEditedOneValueALine();
    void aReferenceListIsTickedByLabel();
    void aListValueTheValidatorRefusesChangesNothing();
    void aFileIsEditedAsItsUrl();
    void thePasswordDialogAsksTwiceAndKeepsOnlyAHash();

private:
    const Project &project() const { return m_window->session()->document()->project(); }
    RecordsPanel *panel() const { return m_window->recordsPanel(); }
    QUndoStack *stack() const { return m_window->session()->undoStack(); }
    const Record &firstTransaction() const;
    QModelIndex cell(int proxyRow, const QString &column) const;
    RecordListDialog *openList(const QString &column);

    std::unique_ptr<MainWindow> m_window;
    QString m_firstId;
};

void tst_RecordEdits::init()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->files()->openDemo();
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QAction *>(u"showTestRecords"_s)->trigger();

    ProjectDocument *document = m_window->session()->document();
    const int type = int(project().dataTypes.indexOf(*project().findDataType(u"Transaction"_s)));
    DataType edited = project().dataTypes.at(type);
    edited.fields.append(Field{u"labels"_s, FieldType{FieldKind::Text, {}, true}});
    edited.fields.append(Field{u"amounts"_s, FieldType{FieldKind::Number, {}, true}});
    edited.fields.append(
        Field{u"watchers"_s, FieldType{FieldKind::Reference, DataType::userTypeName(), true}});
    edited.fields.append(Field{u"receipt"_s, FieldType{FieldKind::File, {}, false}});
    QVERIFY(m_window->session()->push(new ChangeDataType(document, type, edited, u"fields"_s)));
    panel()->selectType(u"Transaction"_s);
    m_firstId = project().records.at(panel()->model()->recordIndexOfRow(0)).id;
}

const Record &tst_RecordEdits::firstTransaction() const
{
    return *project().findRecord(m_firstId);
}

QModelIndex tst_RecordEdits::cell(int proxyRow, const QString &column) const
{
    return panel()->proxy()->index(proxyRow, panel()->model()->columnOfField(column));
}

// As a person does: the cell chosen and edited (F2, a double click).
RecordListDialog *tst_RecordEdits::openList(const QString &column)
{
    const QModelIndex index = cell(0, column);
    panel()->view()->setCurrentIndex(index);
    panel()->view()->edit(index);
    RecordListDialog *dialog = panel()->listDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void tst_RecordEdits::aTextListIsEditedOneValueALine()
{
    const int start = stack()->index();
    QPointer<RecordListDialog> dialog = openList(u"labels"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->lines());
    QTest::keyClicks(dialog->lines(), u"food"_s);
    QTest::keyClick(dialog->lines(), Qt::Key_Return);
    QTest::keyClicks(dialog->lines(), u"work"_s);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(firstTransaction().values.value(u"labels"_s).toArray(),
             (QJsonArray{u"food"_s, u"work"_s}));
    QCOMPARE(cell(0, u"labels"_s).data().toString(), u"food, work"_s);
    QCOMPARE(stack()->index(), start + 1);

    // The dialog starts from the list; emptied, the value goes.
    dialog = openList(u"labels"_s);
    QCOMPARE(dialog->lines()->toPlainText(), u"food\nwork"_s);
    dialog->lines()->clear();
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!firstTransaction().values.contains(u"labels"_s));
    stack()->undo();
    stack()->undo();
    QVERIFY(!firstTransaction().values.contains(u"labels"_s));
    QCOMPARE(stack()->index(), start);
}

void tst_RecordEdits::aReferenceListIsTickedByLabel()
{
    QPointer<RecordListDialog> dialog = openList(u"watchers"_s);
    QVERIFY(dialog);
    QListWidget *choices = dialog->choices();
    QVERIFY(choices);
    QCOMPARE(choices->count(), 3); // the three users, no "none"
    QCOMPARE(choices->item(1)->text(), u"bob@example.com"_s);
    choices->item(1)->setCheckState(Qt::Checked);
    choices->item(2)->setCheckState(Qt::Checked);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    const QJsonArray ids = firstTransaction().values.value(u"watchers"_s).toArray();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids.at(0).toString(), DemoProject::bobId());
    QCOMPARE(cell(0, u"watchers"_s).data().toString(), u"bob@example.com, root@example.com"_s);

    // Cancelled, nothing changes.
    const int count = stack()->count();
    dialog = openList(u"watchers"_s);
    QCOMPARE(dialog->choices()->item(1)->checkState(), Qt::Checked);
    dialog->choices()->item(1)->setCheckState(Qt::Unchecked);
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(stack()->count(), count);
    QCOMPARE(firstTransaction().values.value(u"watchers"_s).toArray(), ids);
    stack()->undo();
    QVERIFY(!firstTransaction().values.contains(u"watchers"_s));
}

void tst_RecordEdits::aListValueTheValidatorRefusesChangesNothing()
{
    const Project before = project();
    const int count = stack()->count();
    QPointer<RecordListDialog> dialog = openList(u"amounts"_s);
    QVERIFY(dialog);
    dialog->lines()->setPlainText(u"12\nlots"_s);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(project(), before);
    QCOMPARE(stack()->count(), count);
    QVERIFY2(panel()->notice().contains(u"amounts: expected a number"_s),
             qPrintable(panel()->notice()));

    QVERIFY(panel()->proxy()->setData(cell(0, u"amounts"_s), QStringList{u"12"_s, u"2.5"_s}));
    QCOMPARE(firstTransaction().values.value(u"amounts"_s).toArray(), (QJsonArray{12, 2.5}));
    QVERIFY(panel()->notice().isEmpty());
    // A reference list names only records of its type.
    QVERIFY(!panel()->proxy()->setData(cell(0, u"watchers"_s), QStringList{m_firstId}));
    QVERIFY(panel()->notice().contains(u"expected the id of"_s));
}

void tst_RecordEdits::aFileIsEditedAsItsUrl()
{
    const QModelIndex receipt = cell(0, u"receipt"_s);
    QVERIFY(receipt.flags() & Qt::ItemIsEditable);
    panel()->view()->setCurrentIndex(receipt);
    panel()->view()->edit(receipt);
    QPointer<QLineEdit> line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    const QString url = u"//gatehouse-demo.s3.amazonaws.com/f1700000000000x1/receipt.pdf"_s;
    QTest::keyClicks(line, url);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(line.isNull());
    QCOMPARE(firstTransaction().values.value(u"receipt"_s).toString(), url);
    QCOMPARE(cell(0, u"receipt"_s).data().toString(), url);
    stack()->undo();
    QVERIFY(!firstTransaction().values.contains(u"receipt"_s));
}

void tst_RecordEdits::thePasswordDialogAsksTwiceAndKeepsOnlyAHash()
{
    panel()->selectType(DataType::userTypeName());
    panel()->view()->selectRow(0);
    const QByteArray oldHash = project().findRecord(DemoProject::aliceId())->passwordHash;
    const int count = stack()->count();
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"setPassword"_s), Qt::LeftButton);
    QPointer<PasswordDialog> dialog = panel()->passwordDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->first()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog->second()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->okButton()->isEnabled());

    QTest::keyClicks(dialog->first(), u"n3w-secret"_s);
    QTest::keyClicks(dialog->second(), u"n3w-secrte"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hint().contains(u"differ"_s), qPrintable(dialog->hint()));
    QTest::keyClick(dialog->second(), Qt::Key_Return); // refused: nothing set
    QVERIFY(!dialog.isNull());
    QCOMPARE(project().findRecord(DemoProject::aliceId())->passwordHash, oldHash);

    dialog->second()->clear();
    QTest::keyClicks(dialog->second(), u"n3w-secret"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    const QByteArray hash = project().findRecord(DemoProject::aliceId())->passwordHash;
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(PasswordHasher::verify(hash, u"n3w-secret"_s));
    QVERIFY(!hash.contains("n3w-secret"));
    QCOMPARE(stack()->count(), count + 1);
    for (int column = 0; column < panel()->proxy()->columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)}) {
            const QString shown = panel()->proxy()->index(0, column).data(role).toString();
            QVERIFY(!shown.contains(u"n3w-secret"_s));
            QVERIFY(!shown.contains(u"argon2"_s));
        }
    }
    QVERIFY(!stack()->text(stack()->count() - 1).contains(u"n3w-secret"_s));
    stack()->undo();
    QCOMPARE(project().findRecord(DemoProject::aliceId())->passwordHash, oldHash);
}

QTEST_MAIN(tst_RecordEdits)
#include "tst_recordedits.moc"
