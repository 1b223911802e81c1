// The Privacy Rules panel in the editor window: reached from the View menu,
// rules added, typed, granted, duplicated, reordered, deleted and made
// private, each one undoable step (a run of typing one), and the audit's
// warnings beside each rule as it is edited, before any save.

#include "EditorSession.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "data/PermissionsEditor.h"
#include "data/PrivacyPreviewModel.h"
#include "data/PrivacyPreviewPanel.h"
#include "data/PrivacyRuleForm.h"
#include "data/PrivacyRuleListModel.h"
#include "data/PrivacyRulesPanel.h"
#include "files/FileController.h"
#include "panels/ExpressionEdit.h"
#include "server/TestServerController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace gatehouse;
using namespace Qt::Literals::StringLiterals;

class tst_PrivacyRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void viewMenuShowsTheRulesOfEachType();
    void aNewRuleWarnsThatItGrantsNothing();
    void typingAnAlwaysTrueConditionWarnsAndUndoesAsOneStep();
    void everyoneElseFindingEverythingWarns();
    void userEmailViewableByEveryoneElseWarns();
    void duplicateMoveAndDeleteUndoBack();
    void makePrivateLeavesOneRuleAndEveryoneElseNothing();
    void aDuplicateRuleNameIsRefused();
    void dataApiPermissionsNeedTheTypeInTheDataApi();
    void modelPassesTheTester();
    void previewFollowsAnEditBeforeSaving();
    void previewThroughAWorkflowThatIgnoresPrivacyRules();
    void previewAgreesWithTheRunningTestServer();
    void screenshots();

private:
    const Project &project() const { return m_window->session()->document()->project(); }
    const DataType &transaction() const { return *project().findDataType(u"Transaction"_s); }
    PrivacyRulesPanel *panel() const { return m_window->privacyRulesPanel(); }
    QUndoStack *undoStack() const { return m_window->session()->undoStack(); }
    void click(const QString &objectName);
    // On the box itself: a wide check box only takes clicks on its box and text.
    static void tick(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    void choose(const QString &typeName);
    int rowNamed(const QString &name) const;
    QStringList warningsOfRow(int row) const;

    std::shared_ptr<test::Script> m_script;
    std::unique_ptr<MainWindow> m_window;
};

void tst_PrivacyRules::init()
{
    QSettings().clear();
    QSettings().setValue(TestServerController::portSettingsKey(), 0);
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
    if (QTest::currentTestFunction() != QByteArray("viewMenuShowsTheRulesOfEachType"))
        m_window->findChild<QAction *>(u"showPrivacyRules"_s)->trigger();
}

void tst_PrivacyRules::click(const QString &objectName)
{
    auto *button = panel()->findChild<QPushButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY2(button->isEnabled(), qPrintable(objectName + u" is enabled"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_PrivacyRules::choose(const QString &typeName)
{
    panel()->selectType(project().indexOfDataType(typeName));
    QCOMPARE(panel()->typeChooser()->currentText(), typeName);
}

int tst_PrivacyRules::rowNamed(const QString &name) const
{
    const QAbstractItemModel *model = panel()->ruleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

QStringList tst_PrivacyRules::warningsOfRow(int row) const
{
    return panel()
        ->ruleModel()
        ->index(row, 0)
        .data(PrivacyRuleListModel::WarningsRole)
        .toStringList();
}

void tst_PrivacyRules::viewMenuShowsTheRulesOfEachType()
{
    auto *action = m_window->findChild<QAction *>(u"showPrivacyRules"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Alt+P"_s));
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    auto *dock = m_window->findChild<QDockWidget *>(u"privacyRulesDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    QVERIFY(QApplication::focusWidget() == panel()->ruleView());
    choose(u"Transaction"_s);
    const QAbstractItemModel *rules = panel()->ruleModel();
    QCOMPARE(rules->rowCount(), 3);
    QCOMPARE(rules->index(0, 0).data().toString(), u"owner"_s);
    QCOMPARE(rules->index(1, 0).data().toString(), u"admins"_s);
    QCOMPARE(rules->index(2, 0).data().toString(), u"Everyone else"_s);
    panel()->selectRow(0);
    QCOMPARE(panel()->form()->nameEdit()->text(), u"owner"_s);
    QCOMPARE(panel()->form()->conditionEdit()->text(),
             u"This Transaction's Creator is Current User"_s);
    QVERIFY(panel()->form()->permissionsEditor()->findBox()->isChecked());
    panel()->selectRow(2);
    QVERIFY(!panel()->form()->nameEdit()->isEnabled());
    QVERIFY(!panel()->form()->permissionsEditor()->findBox()->isChecked());
}

void tst_PrivacyRules::aNewRuleWarnsThatItGrantsNothing()
{
    choose(u"Transaction"_s);
    panel()->selectRow(1);
    click(u"addRule"_s);
    QCOMPARE(transaction().privacyRules.size(), 3);
    QCOMPARE(transaction().privacyRules.at(2).name, u"new rule"_s);
    QCOMPARE(panel()->form()->nameEdit()->text(), u"new rule"_s);
    panel()->refreshWarnings();
    const QStringList warnings = warningsOfRow(2);
    QVERIFY2(warnings.join(u'\n').contains(u"grants nothing everyone else lacks"_s),
             qPrintable(warnings.join(u'\n')));
    QVERIFY(panel()->form()->warningsLabel()->isVisible());
    QVERIFY(panel()->form()->warningsLabel()->text().contains(u"grants nothing"_s));
    QVERIFY(!panel()->ruleModel()->index(2, 0).data(Qt::DecorationRole).isNull());
    // Granting something takes that warning away.
    tick(panel()->form()->permissionsEditor()->findBox());
    QVERIFY(transaction().privacyRules.at(2).permissions.findInSearches);
    panel()->refreshWarnings();
    QVERIFY(!warningsOfRow(2).join(u'\n').contains(u"grants nothing"_s));
}

void tst_PrivacyRules::typingAnAlwaysTrueConditionWarnsAndUndoesAsOneStep()
{
    choose(u"Transaction"_s);
    panel()->selectRow(1);
    click(u"addRule"_s);
    tick(panel()->form()->permissionsEditor()->findBox());
    panel()->refreshWarnings();
    const QStringList warningsBefore = warningsOfRow(2);
    // As the engine has it, an empty condition holds for everyone.
    QVERIFY(warningsBefore.join(u'\n').contains(u"holds for every caller"_s));
    const int before = undoStack()->index();
    QLineEdit *condition = panel()->form()->conditionEdit()->lineEdit();
    condition->setFocus();
    QTest::keyClicks(condition, u"Current User's admin is yes"_s);
    QCOMPARE(transaction().privacyRules.at(2).condition, u"Current User's admin is yes"_s);
    panel()->refreshWarnings();
    QVERIFY2(!warningsOfRow(2).join(u'\n').contains(u"holds for every caller"_s),
             qPrintable(warningsOfRow(2).join(u'\n')));
    condition->selectAll();
    QTest::keyClicks(condition, u"1 is 1"_s);
    QCOMPARE(transaction().privacyRules.at(2).condition, u"1 is 1"_s);
    QCOMPARE(undoStack()->index(), before + 1); // one run of typing, one step
    // The warning comes by itself after the edit, before any save.
    QTRY_VERIFY(warningsOfRow(2).join(u'\n').contains(u"holds for every caller"_s));
    QVERIFY(panel()->form()->warningsLabel()->text().contains(u"holds for every caller"_s));
    QVERIFY(!undoStack()->isClean()); // nothing was saved

    undoStack()->undo();
    QCOMPARE(transaction().privacyRules.at(2).condition, QString());
    QCOMPARE(panel()->form()->conditionEdit()->text(), QString());
    panel()->refreshWarnings();
    QCOMPARE(warningsOfRow(2), warningsBefore);
}

void tst_PrivacyRules::everyoneElseFindingEverythingWarns()
{
    choose(u"Transaction"_s);
    panel()->refreshWarnings();
    const int everyoneElse = panel()->ruleModel()->everyoneElseRow();
    QVERIFY(warningsOfRow(everyoneElse).isEmpty());
    panel()->selectRow(everyoneElse);
    tick(panel()->form()->permissionsEditor()->findBox());
    tick(panel()->form()->permissionsEditor()->viewAllFieldsBox());
    QVERIFY(transaction().everyoneElse.findInSearches);
    QVERIFY(transaction().everyoneElse.viewAllFields);
    QCOMPARE(undoStack()->undoText(), u"Change view all fields of everyone else on Transaction"_s);
    QTRY_VERIFY(!warningsOfRow(everyoneElse).isEmpty());
    QVERIFY2(panel()->form()->warningsLabel()->isVisible(),
             "the chosen row's warnings show under its form");
    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(transaction().everyoneElse, PrivacyPermissions::nothing());
    QTRY_VERIFY(warningsOfRow(everyoneElse).isEmpty());
}

void tst_PrivacyRules::userEmailViewableByEveryoneElseWarns()
{
    choose(u"User"_s);
    panel()->selectRow(panel()->ruleModel()->everyoneElseRow());
    QListWidget *fields = panel()->form()->permissionsEditor()->viewableFieldList();
    QVERIFY(fields->isEnabled());
    const QList<QListWidgetItem *> email = fields->findItems(u"email"_s, Qt::MatchExactly);
    QCOMPARE(email.size(), 1);
    email.first()->setCheckState(Qt::Checked);
    const DataType &user = *project().findDataType(u"User"_s);
    QCOMPARE(user.everyoneElse.viewableFields, QStringList{u"email"_s});
    panel()->refreshWarnings();
    const QString warnings = warningsOfRow(panel()->ruleModel()->everyoneElseRow()).join(u'\n');
    QVERIFY2(warnings.contains(u"email"_s), qPrintable(warnings));
}

void tst_PrivacyRules::duplicateMoveAndDeleteUndoBack()
{
    choose(u"Transaction"_s);
    const DataType before = transaction();
    panel()->selectRow(0);
    click(u"duplicateRule"_s);
    QCOMPARE(transaction().privacyRules.size(), 3);
    QCOMPARE(transaction().privacyRules.at(1).name, u"owner copy"_s);
    QCOMPARE(transaction().privacyRules.at(1).condition, before.privacyRules.at(0).condition);
    QCOMPARE(panel()->form()->nameEdit()->text(), u"owner copy"_s);
    click(u"moveRuleDown"_s);
    QCOMPARE(transaction().privacyRules.at(2).name, u"owner copy"_s);
    QCOMPARE(panel()->ruleView()->currentIndex().row(), 2);
    QVERIFY(!panel()->findChild<QPushButton *>(u"moveRuleDown"_s)->isEnabled());
    click(u"moveRuleUp"_s);
    panel()->selectRow(rowNamed(u"admins"_s));
    click(u"deleteRule"_s);
    QCOMPARE(transaction().privacyRules.size(), 2);
    QCOMPARE(rowNamed(u"admins"_s), -1);
    QCOMPARE(undoStack()->undoText(), u"Delete privacy rule admins of Transaction"_s);
    for (int step = 0; step < 4; ++step)
        undoStack()->undo();
    QCOMPARE(transaction(), before);
    QCOMPARE(panel()->ruleModel()->rowCount(), 3);
}

void tst_PrivacyRules::makePrivateLeavesOneRuleAndEveryoneElseNothing()
{
    choose(u"Transaction"_s);
    const DataType before = transaction();
    panel()->selectRow(panel()->ruleModel()->everyoneElseRow());
    tick(panel()->form()->permissionsEditor()->findBox());
    click(u"makePrivate"_s);
    const DataType &after = transaction();
    QCOMPARE(after.privacyRules.first().name, u"creator"_s);
    QCOMPARE(after.privacyRules.first().condition, u"This Transaction's Creator is Current User"_s);
    QVERIFY(after.privacyRules.first().permissions.findInSearches);
    QVERIFY(!after.privacyRules.first().permissions.deleteViaApi);
    QCOMPARE(after.everyoneElse, PrivacyPermissions::nothing());
    QCOMPARE(undoStack()->undoText(), u"Make Transaction private"_s);
    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(transaction(), before);

    choose(u"User"_s);
    click(u"makePrivate"_s);
    const DataType &user = *project().findDataType(u"User"_s);
    QCOMPARE(user.privacyRules.first().name, u"self"_s);
    QCOMPARE(user.privacyRules.first().condition, u"This User is Current User"_s);
    QCOMPARE(user.privacyRules.count(), 1); // the demo's `self` was replaced, not doubled
}

void tst_PrivacyRules::aDuplicateRuleNameIsRefused()
{
    choose(u"Transaction"_s);
    panel()->selectRow(1);
    QLineEdit *name = panel()->form()->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"owner"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(transaction().privacyRules.at(1).name, u"admins"_s);
    auto *error = panel()->form()->findChild<QLabel *>(u"ruleNameError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"already has a rule named owner"_s));
    name->selectAll();
    QTest::keyClicks(name, u"staff"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(transaction().privacyRules.at(1).name, u"staff"_s);
    QVERIFY(!error->isVisible());
    QCOMPARE(undoStack()->undoText(), u"Rename privacy rule admins of Transaction to staff"_s);
}

void tst_PrivacyRules::dataApiPermissionsNeedTheTypeInTheDataApi()
{
    choose(u"Transaction"_s);
    panel()->selectRow(0);
    auto *create = panel()->form()->permissionsEditor()->findChild<QCheckBox *>(u"createViaApi"_s);
    QVERIFY(create);
    const ProjectSettings &settings = project().settings;
    QCOMPARE(create->isEnabled(),
             settings.dataApiEnabled && settings.dataApiTypes.contains(u"Transaction"_s));
    ProjectSettings off = settings;
    off.dataApiEnabled = false;
    QVERIFY(m_window->session()->document()->setSettings(off));
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(u"Data API does not expose"_s));
}

void tst_PrivacyRules::modelPassesTheTester()
{
    QAbstractItemModelTester tester(panel()->ruleModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    choose(u"Transaction"_s);
    click(u"addRule"_s);
    panel()->refreshWarnings();
    click(u"deleteRule"_s);
    choose(u"User"_s);
    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(panel()->ruleModel()->rowCount(), 2);
}

// The preview is the engine's (PrivacyPreview, pinned to served requests by
// tst_previewoverhttp); here it follows the rules as they are edited.
void tst_PrivacyRules::previewFollowsAnEditBeforeSaving()
{
    auto *action = m_window->findChild<QAction *>(u"showPrivacyPreview"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Alt+V"_s));
    action->trigger();
    PrivacyPreviewPanel *preview = m_window->privacyPreviewPanel();
    QVERIFY(preview->isVisible());
    QAbstractItemModelTester tester(preview->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    preview->showType(u"Transaction"_s);
    const auto foundCount = [preview] {
        int found = 0;
        for (const RecordPreview &record : preview->model()->records())
            found += record.found ? 1 : 0;
        return found;
    };
    QVERIFY(preview->choosePrincipal(u"anonymous"_s));
    const int records = preview->model()->rowCount();
    QVERIFY(records > 2);
    QCOMPARE(foundCount(), 0);
    QVERIFY(preview->choosePrincipal(u"bob@example.com"_s));
    const int bobFinds = foundCount();
    QVERIFY2(bobFinds > 0 && bobFinds < records, "bob finds his own transactions only");
    QCOMPARE(preview->model()->index(0, PrivacyPreviewModel::DecidedByColumn).data().toString(),
             preview->model()->records().first().decidedBy);

    // Everyone else may now find and view: anonymous and bob see every record.
    choose(u"Transaction"_s);
    panel()->selectRow(panel()->ruleModel()->everyoneElseRow());
    tick(panel()->form()->permissionsEditor()->findBox());
    tick(panel()->form()->permissionsEditor()->viewAllFieldsBox());
    QVERIFY(transaction().everyoneElse.findInSearches);
    QVERIFY(transaction().everyoneElse.viewAllFields);
    QTRY_COMPARE(foundCount(), records);
    QVERIFY(preview->summary()->text().contains(u"before any save"_s));
    QVERIFY(preview->choosePrincipal(u"anonymous"_s));
    QCOMPARE(foundCount(), records);
    const RecordPreview &first = preview->model()->records().first();
    QCOMPARE(first.decidedBy, u"everyone else"_s);
    QVERIFY(first.shownFields.contains(u"amount"_s));
    QVERIFY(!undoStack()->isClean());
    undoStack()->undo();
    undoStack()->undo();
    QTRY_COMPARE(foundCount(), 0);
}

void tst_PrivacyRules::previewThroughAWorkflowThatIgnoresPrivacyRules()
{
    m_window->findChild<QAction *>(u"showPrivacyPreview"_s)->trigger();
    PrivacyPreviewPanel *preview = m_window->privacyPreviewPanel();
    preview->showType(u"Transaction"_s);
    QVERIFY(preview->choosePrincipal(u"anonymous"_s));
    QComboBox *context = preview->contextChooser();
    const int applying = context->findData(u"tag_my_transactions"_s);
    QVERIFY(applying > 0);
    QVERIFY(context->itemText(applying).contains(u"applies privacy rules"_s));
    context->setCurrentIndex(applying);
    preview->refresh();
    for (const RecordPreview &record : preview->model()->records())
        QVERIFY(!record.found);
    Workflow ignoring = *project().findWorkflow(u"tag_my_transactions"_s);
    ignoring.ignorePrivacyRules = true;
    QVERIFY(m_window->session()->document()->replaceWorkflow(
        project().indexOfWorkflow(ignoring.name), ignoring));
    preview->refresh();
    QVERIFY(context->currentText().contains(u"ignores privacy rules"_s));
    for (const RecordPreview &record : preview->model()->records()) {
        QVERIFY(record.found);
        QVERIFY2(record.reason.contains(u"ignores privacy rules"_s), qPrintable(record.reason));
    }
}

// An edit that is not saved reaches the running test server on its next
// request: what the preview finds for anonymous is what the server lists.
void tst_PrivacyRules::previewAgreesWithTheRunningTestServer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_script->savePath = dir.filePath(u"preview.gatehouse"_s);
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(m_window->testServer()->start());
    test::HttpProbe http;
    http.setPort(m_window->testServer()->port());
    m_window->findChild<QAction *>(u"showPrivacyPreview"_s)->trigger();
    PrivacyPreviewPanel *preview = m_window->privacyPreviewPanel();
    preview->showType(u"Transaction"_s);
    QVERIFY(preview->choosePrincipal(u"anonymous"_s));
    const auto servedIds = [&http] {
        QStringList ids;
        if (http.get(u"/api/1.1/obj/transaction"_s) != 200)
            return QStringList{u"(refused)"_s};
        const QJsonObject body = QJsonDocument::fromJson(http.lastBody()).object();
        for (const QJsonValue &thing :
             body.value(u"response"_s).toObject().value(u"results"_s).toArray())
            ids.append(thing.toObject().value(u"_id"_s).toString());
        return ids;
    };
    const auto previewIds = [preview] {
        QStringList ids;
        for (const RecordPreview &record : preview->model()->records())
            if (record.found)
                ids.append(record.recordId);
        return ids;
    };
    QCOMPARE(previewIds(), QStringList());
    QCOMPARE(servedIds(), QStringList());

    choose(u"Transaction"_s);
    panel()->selectRow(panel()->ruleModel()->everyoneElseRow());
    tick(panel()->form()->permissionsEditor()->findBox());
    preview->refresh();
    QVERIFY(!undoStack()->isClean()); // not saved
    QVERIFY(previewIds().size() > 2);
    QCOMPARE(servedIds(), previewIds());
    m_window->testServer()->stop();
}

void tst_PrivacyRules::screenshots()
{
    choose(u"Transaction"_s);
    panel()->selectRow(0);
    click(u"addRule"_s);
    QLineEdit *condition = panel()->form()->conditionEdit()->lineEdit();
    condition->setFocus();
    QTest::keyClicks(condition, u"1 is 1"_s);
    panel()->refreshWarnings();
    QVERIFY(panel()->form()->warningsLabel()->isVisible());
    QVERIFY(panel()->ruleView()->isVisible());
    QVERIFY(panel()->form()->permissionsEditor()->findBox()->isVisible());
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // the layout settles: the form's scroll bar shows
    QVERIFY(m_window->grab().save(dir + u"/privacy-rules-light.png"_s));
    m_window->findChild<QAction *>(u"showPrivacyPreview"_s)->trigger();
    m_window->privacyPreviewPanel()->showType(u"Transaction"_s);
    QVERIFY(m_window->privacyPreviewPanel()->choosePrincipal(u"bob@example.com"_s));
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/privacy-preview-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/privacy-preview-dark.png"_s));
    m_window->findChild<QDockWidget *>(u"privacyPreviewDock"_s)->hide();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/privacy-rules-dark.png"_s));
}

QTEST_MAIN(tst_PrivacyRules)
#include "tst_privacyrules.moc"
