// Issue 13, item 7, as one person's session in the Data tab: add a field
// and a privacy rule, see the preview change for bob and for anonymous
// before any save, check it against real requests to the served project,
// rename the type and find every expression rewritten, then undo it all.
#include "EditorSession.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "data/DataTypeListModel.h"
#include "data/DataTypesPanel.h"
#include "data/FieldTableModel.h"
#include "data/PermissionsEditor.h"
#include "data/PrivacyPreviewModel.h"
#include "data/PrivacyPreviewPanel.h"
#include "data/PrivacyRuleForm.h"
#include "data/PrivacyRulesPanel.h"
#include "files/FileController.h"
#include "panels/ExpressionEdit.h"
#include "server/TestServerController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace gatehouse;
using namespace Qt::Literals::StringLiterals;

class tst_DataWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void addFieldAndRulePreviewServeRenameUndo();

private:
    const Project &project() const { return m_window->session()->document()->project(); }
    void typeIntoEditor(QAbstractItemView *view, const QString &text);
    static void tick(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    QStringList previewFound(const QString &principal);
    QStringList servedIds(const QByteArray &token);

    std::unique_ptr<MainWindow> m_window;
    test::HttpProbe m_http;
};

void tst_DataWalkthrough::typeIntoEditor(QAbstractItemView *view, const QString &text)
{
    QPointer<QLineEdit> editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(editor.isNull());
}

QStringList tst_DataWalkthrough::previewFound(const QString &principal)
{
    PrivacyPreviewPanel *preview = m_window->privacyPreviewPanel();
    if (!preview->choosePrincipal(principal))
        return {u"(no principal)"_s};
    preview->refresh();
    QStringList ids;
    for (const RecordPreview &record : preview->model()->records())
        if (record.found)
            ids.append(record.recordId);
    return ids;
}

QStringList tst_DataWalkthrough::servedIds(const QByteArray &token)
{
    const QString type = project().settings.dataApiTypes.value(0).toLower();
    if (m_http.get(u"/api/1.1/obj/"_s + type, token) != 200)
        return {u"(refused)"_s};
    QStringList ids;
    const QJsonObject body = QJsonDocument::fromJson(m_http.lastBody()).object();
    for (const QJsonValue &thing :
         body.value(u"response"_s).toObject().value(u"results"_s).toArray())
        ids.append(thing.toObject().value(u"_id"_s).toString());
    return ids;
}

void tst_DataWalkthrough::addFieldAndRulePreviewServeRenameUndo()
{
    QSettings().setValue(TestServerController::portSettingsKey(), 0);
    auto script = std::make_shared<test::Script>();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    script->savePath = dir.filePath(u"walkthrough.gatehouse"_s);
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(script);
    options.restoreLayout = false;
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->files()->openDemo();
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(m_window->testServer()->start());
    m_http.setPort(m_window->testServer()->port());
    const QJsonObject login{{u"email"_s, u"bob@example.com"_s}, {u"password"_s, u"bob-password"_s}};
    QCOMPARE(m_http.post(u"/api/1.1/wf/issue_token"_s, {}, QJsonDocument(login).toJson()), 200);
    const QByteArray bob =
        QJsonDocument::fromJson(m_http.lastBody())[u"response"_s][u"token"_s].toString().toUtf8();
    QVERIFY(!bob.isEmpty());
    const Project saved = project();
    QUndoStack *stack = m_window->session()->undoStack();

    // A field, added and named in the Data Types panel.
    m_window->findChild<QAction *>(u"showDataTypes"_s)->trigger();
    DataTypesPanel *types = m_window->dataTypesPanel();
    types->selectType(project().indexOfDataType(u"Transaction"_s));
    QTest::mouseClick(types->findChild<QPushButton *>(u"addField"_s), Qt::LeftButton);
    typeIntoEditor(types->fieldView(), u"memo"_s);
    QVERIFY(project().findDataType(u"Transaction"_s)->findField(u"memo"_s));

    // The preview before the rule: bob finds his own, anonymous nothing.
    m_window->findChild<QAction *>(u"showPrivacyPreview"_s)->trigger();
    m_window->privacyPreviewPanel()->showType(u"Transaction"_s);
    const QStringList bobBefore = previewFound(u"bob@example.com"_s);
    QVERIFY(bobBefore.size() > 0 && bobBefore.size() < 5);
    QCOMPARE(previewFound(u"anonymous"_s), QStringList());

    // A rule letting every logged-in user find every transaction.
    m_window->findChild<QAction *>(u"showPrivacyRules"_s)->trigger();
    PrivacyRulesPanel *rules = m_window->privacyRulesPanel();
    rules->selectType(project().indexOfDataType(u"Transaction"_s));
    rules->selectRow(0);
    QVERIFY(rules->addRule());
    QLineEdit *condition = rules->form()->conditionEdit()->lineEdit();
    condition->setFocus();
    QTest::keyClicks(condition, u"Current User's email is not empty"_s);
    tick(rules->form()->permissionsEditor()->findBox());
    const DataType &transaction = *project().findDataType(u"Transaction"_s);
    const auto added =
        std::find_if(transaction.privacyRules.cbegin(), transaction.privacyRules.cend(),
                     [](const PrivacyRule &rule) { return rule.name == u"new rule"_s; });
    QVERIFY(added != transaction.privacyRules.cend());
    QCOMPARE(added->condition, u"Current User's email is not empty"_s);
    QVERIFY(added->permissions.findInSearches);

    // Before any save, the preview changed for bob and not for anonymous...
    QVERIFY(!stack->isClean());
    const QStringList bobAfter = previewFound(u"bob@example.com"_s);
    QCOMPARE(bobAfter.size(), 5);
    QCOMPARE(previewFound(u"anonymous"_s), QStringList());
    // ...and the served project agrees, record by record.
    QCOMPARE(servedIds(bob), bobAfter);
    QCOMPARE(servedIds({}), QStringList());

    // Renamed, every expression, search and Data API setting follows.
    m_window->findChild<QAction *>(u"showDataTypes"_s)->trigger();
    const int index = project().indexOfDataType(u"Transaction"_s);
    types->typeView()->setCurrentIndex(types->typeModel()->index(index));
    types->typeView()->edit(types->typeModel()->index(index));
    typeIntoEditor(types->typeView(), u"Payment"_s);
    const DataType *payment = project().findDataType(u"Payment"_s);
    QVERIFY(payment);
    QCOMPARE(payment->privacyRules.at(0).condition, u"This Payment's Creator is Current User"_s);
    QCOMPARE(project().findWorkflow(u"admin_cleanup"_s)->actions.at(0).target,
             u"Search for Payments where tagged is yes"_s);
    QCOMPARE(project().findWorkflow(u"create_transaction"_s)->actions.at(0).dataType, u"Payment"_s);
    QCOMPARE(project().settings.dataApiTypes, QStringList{u"Payment"_s});

    while (stack->index() > 0)
        stack->undo();
    QCOMPARE(project(), saved);
    QVERIFY(stack->isClean());
    m_window->privacyPreviewPanel()->showType(u"Transaction"_s);
    QCOMPARE(previewFound(u"bob@example.com"_s), bobBefore);
    QCOMPARE(servedIds(bob), bobBefore);
    m_window->testServer()->stop();
    m_window.reset(); // before the folder of its file goes
}

QTEST_MAIN(tst_DataWalkthrough)
#include "tst_datawalkthrough.moc"
