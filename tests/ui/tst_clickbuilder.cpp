// Expressions built by clicking, as Bubble's dynamic expressions are: a data
// source, then `'s` and a field (on through references), an operator the
// source's type takes, then a value picked the same way. Every click gives
// the text typing it would, and the text shows as rows again unchanged.
#include "EditorSelection.h"
#include "EditorSession.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "expr/ConditionRows.h"
#include "files/FileController.h"
#include "model/DemoProject.h"
#include "model/ProjectDocument.h"
#include "models/AssignmentTableModel.h"
#include "panels/ActionPropertiesPanel.h"
#include "panels/ConditionRowsEditor.h"
#include "panels/ExpressionEdit.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
QStringList labelsOf(QMenu *menu)
{
    QStringList labels;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            labels << action->text();
    }
    return labels;
}

// Opens each submenu on `path` as a click on it would and triggers the last.
bool pick(QMenu *menu, const QStringList &path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        QAction *found = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == path.at(i))
                found = action;
        }
        if (!found) {
            qWarning() << "no" << path.at(i) << "in" << labelsOf(menu);
            return false;
        }
        if (i == path.size() - 1) {
            found->trigger();
            return true;
        }
        if (!found->menu()) {
            qWarning() << path.at(i) << "opens no menu";
            return false;
        }
        menu = found->menu();
        emit menu->aboutToShow();
    }
    return false;
}

QStringList itemsOf(QComboBox *box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    return items;
}

// Opens the combo's list with a click and clicks the item.
void chooseByMouse(QComboBox *box, const QString &text)
{
    QTest::mouseClick(box, Qt::LeftButton);
    QAbstractItemView *view = box->view();
    QTRY_VERIFY(view->isVisible());
    // The list ignores a release that comes as quick as a double click's.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const QModelIndex item = view->model()->index(box->findText(text), 0);
    QVERIFY(item.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(item).center());
    QTRY_VERIFY(!view->isVisible());
    QCOMPARE(box->currentText(), text);
}

// The demo's types, and a Company each user belongs to: references to go on
// through, and lists to count.
Project referencesProject()
{
    Project project = DemoProject::build().value();
    DataType company;
    company.name = u"Company"_s;
    company.fields = {Field{u"name"_s, FieldType::text()},
                      Field{u"owner"_s, FieldType::reference(DataType::userTypeName())}};
    project.dataTypes.append(company);
    for (DataType &type : project.dataTypes) {
        if (type.isUser()) {
            type.fields.append(Field{u"company"_s, FieldType::reference(u"Company"_s)});
            type.fields.append(Field{u"tags"_s, {FieldKind::Text, {}, true}});
        }
    }
    return project;
}

int workflowIndex(const Project &project, const QString &name)
{
    for (qsizetype i = 0; i < project.workflows.size(); ++i) {
        if (project.workflows.at(i).name == name)
            return int(i);
    }
    return -1;
}
} // namespace

class tst_ClickBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup() { m_window.reset(); }
    void adminIsYesByClicksThroughTheUndoStack();
    void numberComparisonByClicks();
    void operatorsFollowTheSourcesType();
    void sourcePickGoesOnThroughReferences();
    void valuePickOffersTheSourcesType();
    void actionValueByClicks();
    void everyDemoConditionRoundTrips();
    void lookAtIt_data();
    void lookAtIt();

private:
    ExpressionEdit &condition() const
    {
        return *m_window->propertyPanel()->workflowPanel()->conditionEdit();
    }
    QString conditionOf(const QString &workflow) const
    {
        return m_window->session()->document()->project().findWorkflow(workflow)->condition;
    }
    ConditionRowsEditor &openRows()
    {
        ExpressionEdit &edit = condition();
        if (!edit.showsRows())
            QTest::mouseClick(edit.rowsButton(), Qt::LeftButton);
        return *edit.rowsEditor();
    }
    void clickAddRow(ConditionRowsEditor &rows)
    {
        QTest::mouseClick(rows.findChild<QPushButton *>(u"addConditionRow"_s), Qt::LeftButton);
    }

    std::unique_ptr<MainWindow> m_window;
};

void tst_ClickBuilder::init()
{
    if (QTest::currentDataTag() && qstrcmp(QTest::currentDataTag(), "dark") == 0)
        ScreenshotTaker::applyDarkPalette();
    else
        QApplication::setPalette(QApplication::style()->standardPalette());
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(m_window->files()->openDemo());
    QVERIFY(m_window->selectWorkflow(u"create_transaction"_s));
}

void tst_ClickBuilder::adminIsYesByClicksThroughTheUndoStack()
{
    ConditionRowsEditor &rows = openRows();
    QUndoStack *undo = m_window->session()->undoStack();
    QTest::mouseClick(rows.findChild<QToolButton *>(u"removeConditionRow"_s), Qt::LeftButton);
    QCOMPARE(rows.rowCount(), 0);
    QCOMPARE(undo->count(), 1);
    clickAddRow(rows);
    QCOMPARE(undo->count(), 2);
    QVERIFY(pick(rows.sourceMenu(0), {u"Current User (User)"_s, u"'s admin (yes/no)"_s}));
    QCOMPARE(undo->count(), 3);
    QCOMPARE(itemsOf(rows.operatorBox(0)),
             (QStringList{u"is"_s, u"is not"_s, u"is empty"_s, u"is not empty"_s}));
    QCOMPARE(rows.operatorBox(0)->currentText(), u"is"_s);
    QVERIFY(pick(rows.valueMenu(0), {u"yes"_s}));
    QCOMPARE(condition().text(), u"Current User's admin is yes"_s);
    QVERIFY2(condition().message().isEmpty(), qPrintable(condition().message()));
    QCOMPARE(conditionOf(u"create_transaction"_s), u"Current User's admin is yes"_s);
    // Each click is an undo step of its own, named for the text it made.
    QCOMPARE(undo->count(), 4);
    QCOMPARE(undo->undoText(),
             u"Set create_transaction's condition to `Current User's admin is yes`"_s);
    // A row half built is no condition rows can hold: it shows as text,
    // and the rows come back with the next text they can hold.
    undo->undo();
    QCOMPARE(conditionOf(u"create_transaction"_s), u"Current User's admin is"_s);
    QVERIFY(!condition().showsRows());
    QCOMPARE(condition().text(), u"Current User's admin is"_s);
    undo->redo();
    QVERIFY(condition().showsRows());
    QCOMPARE(rows.valueEdit(0)->text(), u"yes"_s);
    // Typing after a click is a run of its own.
    rows.valueEdit(0)->setFocus();
    rows.valueEdit(0)->selectAll();
    QTest::keyClicks(rows.valueEdit(0), u"no"_s);
    QCOMPARE(undo->count(), 5);
    QCOMPARE(conditionOf(u"create_transaction"_s), u"Current User's admin is no"_s);
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(conditionOf(u"create_transaction"_s), u"amount > 0"_s);
    QCOMPARE(rows.rowCount(), 1);
    QCOMPARE(rows.valueEdit(0)->text(), u"0"_s);
}

void tst_ClickBuilder::numberComparisonByClicks()
{
    ConditionRowsEditor &rows = openRows();
    clickAddRow(rows);
    QVERIFY(pick(rows.sourceMenu(1),
                 {u"Search for Transactions (list of Transaction)"_s, u":count (number)"_s}));
    chooseByMouse(rows.operatorBox(1), u"<="_s);
    QVERIFY(pick(rows.valueMenu(1), {u"amount (number)"_s}));
    const QString built = u"amount > 0 and Search for Transactions:count <= amount"_s;
    QCOMPARE(condition().text(), built);
    QVERIFY2(condition().message().isEmpty(), qPrintable(condition().message()));
    QCOMPARE(conditionOf(u"create_transaction"_s), built);
    QUndoStack *undo = m_window->session()->undoStack();
    QCOMPARE(undo->count(), 4); // add, source, operator, value
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(conditionOf(u"create_transaction"_s), u"amount > 0"_s);
}

void tst_ClickBuilder::operatorsFollowTheSourcesType()
{
    ConditionRowsEditor &rows = openRows();
    const QStringList number = itemsOf(rows.operatorBox(0)); // amount
    QVERIFY(number.contains(u">="_s));
    QVERIFY(!number.contains(u"contains"_s));
    QVERIFY(pick(rows.sourceMenu(0), {u"account (text)"_s}));
    const QStringList text = itemsOf(rows.operatorBox(0));
    QVERIFY(text.contains(u"contains"_s));
    QVERIFY(text != number);
    // `>` does not apply to text, but the row keeps it rather than lose it.
    QCOMPARE(rows.operatorBox(0)->currentText(), u">"_s);
    QCOMPARE(condition().text(), u"account > 0"_s);
    chooseByMouse(rows.operatorBox(0), u"is empty"_s);
    QVERIFY(rows.valueEdit(0)->isHidden());
    QVERIFY(rows.findChild<QToolButton *>(u"pickValue"_s)->isHidden());
    QCOMPARE(condition().text(), u"account is empty"_s);
    QVERIFY(!itemsOf(rows.operatorBox(0)).contains(u">"_s));
}

void tst_ClickBuilder::sourcePickGoesOnThroughReferences()
{
    const Project project = referencesProject();
    ExpressionEdit edit;
    edit.setRowsAllowed(true);
    edit.setContext({&project,
                     workflowIndex(project, u"create_transaction"_s),
                     -1,
                     ExpressionChecker::Place::WorkflowCondition,
                     {},
                     {}});
    edit.setText(u"amount > 0"_s);
    edit.show();
    QTest::mouseClick(edit.rowsButton(), Qt::LeftButton);
    ConditionRowsEditor &rows = *edit.rowsEditor();
    QVERIFY(pick(rows.sourceMenu(0),
                 {u"Current User (User)"_s, u"'s company (Company)"_s, u"'s name (text)"_s}));
    QCOMPARE(edit.text(), u"Current User's company's name > 0"_s);
    QVERIFY(pick(rows.sourceMenu(0), {u"Current User (User)"_s, u"'s company (Company)"_s,
                                      u"'s owner (User)"_s, u"'s email (text)"_s}));
    QCOMPARE(edit.text(), u"Current User's company's owner's email > 0"_s);
    QVERIFY(pick(rows.sourceMenu(0),
                 {u"Current User (User)"_s, u"'s tags (list of text)"_s, u":count (number)"_s}));
    QCOMPARE(edit.text(), u"Current User's tags:count > 0"_s);
    QVERIFY2(edit.message().isEmpty(), qPrintable(edit.message()));
    QVERIFY(pick(rows.sourceMenu(0),
                 {u"Current User (User)"_s, u"'s tags (list of text)"_s, u":first item (text)"_s}));
    QCOMPARE(edit.text(), u"Current User's tags:first item > 0"_s);
}

void tst_ClickBuilder::valuePickOffersTheSourcesType()
{
    const Project project = referencesProject();
    ExpressionEdit edit;
    edit.setRowsAllowed(true);
    edit.setContext({&project,
                     workflowIndex(project, u"create_transaction"_s),
                     -1,
                     ExpressionChecker::Place::WorkflowCondition,
                     {},
                     {}});
    edit.setText(u"Current User's company's owner is empty"_s);
    edit.show();
    QTest::mouseClick(edit.rowsButton(), Qt::LeftButton);
    ConditionRowsEditor &rows = *edit.rowsEditor();
    chooseByMouse(rows.operatorBox(0), u"is"_s);
    // A User is wanted: no yes/no, no number, but Current User and the
    // references that lead to a User.
    QMenu *values = rows.valueMenu(0);
    const QStringList top = labelsOf(values);
    QVERIFY2(!top.contains(u"yes"_s) && !top.contains(u"amount (number)"_s),
             qPrintable(top.join(u", "_s)));
    QVERIFY(pick(values, {u"Current User (User)"_s, u"Current User (User)"_s}));
    QCOMPARE(edit.text(), u"Current User's company's owner is Current User"_s);
    QVERIFY2(edit.message().isEmpty(), qPrintable(edit.message()));

    // A yes/no wants yes or no, or a yes/no field.
    edit.setText(u"Current User's admin is no"_s);
    values = rows.valueMenu(0);
    QCOMPARE(labelsOf(values).mid(0, 2), (QStringList{u"yes"_s, u"no"_s}));
    QVERIFY(!labelsOf(values).contains(u"account (text)"_s));
    QVERIFY(pick(values, {u"yes"_s}));
    QCOMPARE(edit.text(), u"Current User's admin is yes"_s);
}

void tst_ClickBuilder::actionValueByClicks()
{
    m_window->selection()->select(2, 1); // create_transaction's Return data
    QTableView *table = m_window->propertyPanel()->actionPanel()->assignmentTable();
    const QModelIndex cell = table->model()->index(1, AssignmentTableModel::ValueColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    ExpressionEdit *editor = nullptr;
    for (auto *candidate : table->findChildren<ExpressionEdit *>(u"valueEditor"_s)) {
        if (candidate->isVisible())
            editor = candidate;
    }
    QVERIFY(editor);
    QVERIFY(editor->pickButton()->isVisible());
    QVERIFY(table->viewport()->rect().contains(
        editor->pickButton()->geometry().translated(editor->pos())));
    if (qEnvironmentVariableIsSet("GATEHOUSE_CLICK_SHOT"))
        m_window->grab().save(qEnvironmentVariable("GATEHOUSE_CLICK_SHOT") + u"/value-pick.png"_s);
    QVERIFY(pick(editor->pickMenu(), {u"Result of step 1 (Transaction)"_s, u"'s phone (text)"_s}));
    const auto valueOf = [&] {
        return m_window->session()
            ->document()
            ->project()
            .findWorkflow(u"create_transaction"_s)
            ->actions.at(1)
            .assignments.at(1)
            .value;
    };
    QTRY_COMPARE(valueOf(), u"Result of step 1's phone"_s);
    QCOMPARE(m_window->session()->undoStack()->undoText(),
             u"Set create_transaction step 2's value amount to `Result of step 1's phone`"_s);
    m_window->session()->undoStack()->undo();
    QCOMPARE(valueOf(), u"Result of step 1's amount"_s);

    // A number field of a new thing is offered only what gives a number.
    m_window->selection()->select(2, 0);
    const QModelIndex amount = table->model()->index(2, AssignmentTableModel::ValueColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(amount).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(amount).center());
    editor = nullptr;
    for (auto *candidate : table->findChildren<ExpressionEdit *>(u"valueEditor"_s)) {
        if (candidate->isVisible())
            editor = candidate;
    }
    QVERIFY(editor);
    const QStringList offered = labelsOf(editor->pickMenu());
    QVERIFY(offered.contains(u"amount (number)"_s));
    QVERIFY2(!offered.contains(u"account (text)"_s), qPrintable(offered.join(u", "_s)));
}

void tst_ClickBuilder::everyDemoConditionRoundTrips()
{
    const Project project = DemoProject::build().value();
    QStringList conditions;
    for (const Workflow &workflow : project.workflows) {
        conditions << workflow.condition;
        for (const Action &action : workflow.actions)
            conditions << action.condition;
    }
    for (const DataType &type : project.dataTypes) {
        for (const PrivacyRule &rule : type.privacyRules)
            conditions << rule.condition;
    }
    conditions.removeAll(QString());
    QVERIFY(conditions.size() >= 3);
    // And shapes the demo lacks, as a builder types them.
    conditions << u"Current User's admin is no or amount >= 10 and note is not empty"_s
               << u"Search for Transactions:count < 5"_s << u"Current User's admin"_s
               << u"account contains \"x\" or phone doesn't contain \"0\""_s;
    ConditionRowsEditor rows;
    for (const QString &text : std::as_const(conditions)) {
        QVERIFY2(ConditionRowsEditor::canShow(text), qPrintable(text));
        QVERIFY2(rows.setText(text), qPrintable(text));
        QCOMPARE(rows.text(), text);
    }
}

void tst_ClickBuilder::lookAtIt_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// GATEHOUSE_CLICK_SHOT=dir saves the window with the rows open.
void tst_ClickBuilder::lookAtIt()
{
    QFETCH(bool, dark);
    ConditionRowsEditor &rows = openRows();
    clickAddRow(rows);
    QVERIFY(pick(rows.sourceMenu(1), {u"Current User (User)"_s, u"'s admin (yes/no)"_s}));
    QVERIFY(pick(rows.valueMenu(1), {u"yes"_s}));
    QCOMPARE(condition().text(), u"amount > 0 and Current User's admin is yes"_s);
    // The rows fit the panel: it scrolls down, never sideways.
    QWidget *panel = m_window->propertyPanel()->workflowPanel();
    QScrollArea *area = nullptr;
    for (QWidget *up = panel; up && !area; up = up->parentWidget())
        area = qobject_cast<QScrollArea *>(up);
    QVERIFY(area);
    QTRY_VERIFY2(
        area->widget()->width() <= area->viewport()->width(),
        qPrintable(u"%1 > %2"_s.arg(area->widget()->width()).arg(area->viewport()->width())));
    QCoreApplication::processEvents(); // the layout settles before the picture
    area->ensureWidgetVisible(
        condition().rowsEditor()->findChild<QPushButton *>(u"addConditionRow"_s));
    if (!qEnvironmentVariableIsSet("GATEHOUSE_CLICK_SHOT"))
        return;
    const QString dir = qEnvironmentVariable("GATEHOUSE_CLICK_SHOT");
    const QString theme = dark ? u"dark"_s : u"light"_s;
    m_window->grab().save(u"%1/conditions-rows-%2.png"_s.arg(dir, theme));
    // The source pick, two levels open, as a builder clicks through it.
    QMenu *menu = rows.sourceMenu(1);
    menu->popup(m_window->mapToGlobal(QPoint(600, 300)));
    QAction *user = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Current User (User)"_s)
            user = action;
    }
    QVERIFY(user && user->menu());
    emit user->menu()->aboutToShow();
    menu->setActiveAction(user);
    user->menu()->popup(menu->mapToGlobal(menu->actionGeometry(user).topRight()));
    QCoreApplication::processEvents();
    // Menus are windows of their own: drawn over the window where they open
    // (upwards and to the left, as at the panel's bottom right).
    QPixmap shot = m_window->grab();
    const QPixmap top = menu->grab();
    const QPixmap fields = user->menu()->grab();
    QWidget *button = condition().rowsEditor()->findChildren<QToolButton *>(u"pickSource"_s).at(1);
    const QPoint at = button->mapTo(m_window.get(), QPoint(button->width(), 0));
    const QPoint topAt(at.x() - top.width(), at.y() - top.height());
    const QPoint fieldsAt(topAt.x() - fields.width() + 8,
                          topAt.y() + menu->actionGeometry(user).top());
    QPainter painter(&shot);
    painter.drawPixmap(topAt, top);
    painter.drawPixmap(fieldsAt, fields);
    painter.end();
    shot.save(u"%1/conditions-pick-%2.png"_s.arg(dir, theme));
    user->menu()->hide();
    menu->hide();
}

QTEST_MAIN(tst_ClickBuilder)
#include "tst_clickbuilder.moc"
