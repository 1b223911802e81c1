// Conditions built as rows of "source operator value": the rows show the
// condition's text, and every change to a row is the condition's new text,
// undone like typing.
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "panels/ConditionRowsEditor.h"
#include "panels/ExpressionEdit.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowPropertiesPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
// The row's line edits in order: source, value.
QList<QLineEdit *> rowEdits(ExpressionEdit &edit, int row)
{
    QList<QLineEdit *> edits;
    for (QLineEdit *line : edit.rowsEditor()->findChildren<QLineEdit *>()) {
        if (line->parentWidget()->parentWidget() == edit.rowsEditor())
            edits << line;
    }
    return edits.mid(row * 2, 2);
}

QList<QComboBox *> rowCombos(ExpressionEdit &edit, int row)
{
    return edit.rowsEditor()->findChildren<QComboBox *>().mid(row * 2, 2); // joiner, operator
}

void replaceText(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}
} // namespace

class tst_ConditionRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void rowsShowAndRebuildTheText()
    {
        ExpressionEdit edit;
        edit.setRowsAllowed(true);
        edit.setText(u"amount > 0"_s);
        edit.show();
        QSignalSpy edited(&edit, &ExpressionEdit::textEdited);
        QTest::mouseClick(edit.rowsButton(), Qt::LeftButton);
        QVERIFY(edit.showsRows());
        QCOMPARE(edit.rowsEditor()->rowCount(), 1);
        const QList<QLineEdit *> row = rowEdits(edit, 0);
        QCOMPARE(row.at(0)->text(), u"amount"_s);
        QCOMPARE(rowCombos(edit, 0).at(1)->currentText(), u">"_s);
        QCOMPARE(row.at(1)->text(), u"0"_s);

        replaceText(row.at(1), u"5"_s);
        QCOMPARE(edited.last().first().toString(), u"amount > 5"_s);
        QCOMPARE(edit.text(), u"amount > 5"_s);

        QTest::mouseClick(edit.rowsEditor()->findChild<QPushButton *>(u"addConditionRow"_s),
                          Qt::LeftButton);
        QCOMPARE(edit.rowsEditor()->rowCount(), 2);
        const QList<QLineEdit *> second = rowEdits(edit, 1);
        QTest::keyClicks(second.at(0), u"amount"_s);
        QComboBox *op = rowCombos(edit, 1).at(1);
        op->setFocus();
        QTest::keyClick(op, Qt::Key_Down); // "is" -> "is not"
        QTest::keyClick(op, Qt::Key_Down); // -> ">"
        QTest::keyClick(op, Qt::Key_Down); // -> "<"
        replaceText(second.at(1), u"100"_s);
        QCOMPARE(edit.text(), u"amount > 5 and amount < 100"_s);
        QVERIFY2(edit.message().isEmpty(), qPrintable(edit.message()));

        QComboBox *joiner = rowCombos(edit, 1).at(0);
        joiner->setFocus();
        QTest::keyClick(joiner, Qt::Key_Down); // and -> or
        QCOMPARE(edit.text(), u"amount > 5 or amount < 100"_s);

        QTest::mouseClick(
            edit.rowsEditor()->findChildren<QToolButton *>(u"removeConditionRow"_s).first(),
            Qt::LeftButton);
        QCOMPARE(edit.rowsEditor()->rowCount(), 1);
        QCOMPARE(edit.text(), u"amount < 100"_s);
    }

    void unaryOperatorsTakeNoValue()
    {
        ExpressionEdit edit;
        edit.setRowsAllowed(true);
        edit.setText(u"note is empty"_s);
        edit.show();
        QTest::mouseClick(edit.rowsButton(), Qt::LeftButton);
        QVERIFY(rowEdits(edit, 0).at(1)->isHidden());
        QCOMPARE(edit.rowsEditor()->text(), u"note is empty"_s);
    }

    void shapesRowsCannotHoldStayText_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("rows");
        QTest::newRow("not") << u"not (amount > 0)"_s << false;
        QTest::newRow("grouped") << u"(amount > 0 or amount < -5) and amount < 9"_s << false;
        QTest::newRow("syntax error") << u"amount >"_s << false;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("two rows") << u"amount > 0 and amount < 9"_s << true;
    }

    void shapesRowsCannotHoldStayText()
    {
        QFETCH(QString, condition);
        QFETCH(bool, rows);
        ExpressionEdit edit;
        edit.setRowsAllowed(true);
        edit.setText(condition);
        edit.show();
        QCOMPARE(edit.rowsButton()->isEnabled(), rows);
        QTest::mouseClick(edit.rowsButton(), Qt::LeftButton);
        QCOMPARE(edit.showsRows(), rows);
        if (!rows)
            QVERIFY(edit.rowsButton()->toolTip().contains(u"edit it as text"_s));
    }

    void onlyConditionsOfferRows()
    {
        ExpressionEdit edit;
        edit.show();
        QVERIFY(edit.rowsButton()->isHidden());
    }

    // Through the whole editor: a row changes the workflow's condition in the
    // document, and one Undo puts it back, rows and all.
    void rowEditIsOneUndoableStep()
    {
        MainWindow::Options options;
        options.store = test::makeStore();
        options.prompter =
            std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
        options.restoreLayout = false;
        MainWindow window(std::move(options));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(window.files()->openDemo());
        QVERIFY(window.selectWorkflow(u"create_transaction"_s));
        ExpressionEdit &condition = *window.propertyPanel()->workflowPanel()->conditionEdit();
        QTest::mouseClick(condition.rowsButton(), Qt::LeftButton);
        QVERIFY(condition.showsRows());
        replaceText(rowEdits(condition, 0).at(1), u"10"_s);
        const auto conditionOf = [&] {
            return window.session()
                ->document()
                ->project()
                .findWorkflow(u"create_transaction"_s)
                ->condition;
        };
        QCOMPARE(conditionOf(), u"amount > 10"_s);
        QCOMPARE(window.session()->undoStack()->count(), 1);
        window.session()->undoStack()->undo();
        QCOMPARE(conditionOf(), u"amount > 0"_s);
        QCOMPARE(rowEdits(condition, 0).at(1)->text(), u"0"_s);
        if (qEnvironmentVariableIsSet("GATEHOUSE_ROWS_SHOT"))
            window.grab().save(qEnvironmentVariable("GATEHOUSE_ROWS_SHOT"));
    }

    // Every keystroke in a row is an edit of the document, and the panel
    // hands the completions again after each: the rows keep one completer
    // each, all on one shared list, which still learns new words.
    void rowsShareOneCompletionList()
    {
        MainWindow::Options options;
        options.store = test::makeStore();
        options.prompter =
            std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
        options.restoreLayout = false;
        MainWindow window(std::move(options));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(window.files()->openDemo());
        QVERIFY(window.selectWorkflow(u"create_transaction"_s));
        WorkflowPropertiesPanel *panel = window.propertyPanel()->workflowPanel();
        ExpressionEdit &condition = *panel->conditionEdit();
        QTest::mouseClick(condition.rowsButton(), Qt::LeftButton);
        QTest::mouseClick(condition.rowsEditor()->findChild<QPushButton *>(u"addConditionRow"_s),
                          Qt::LeftButton);
        QCOMPARE(condition.rowsEditor()->rowCount(), 2);
        QLineEdit *source = rowEdits(condition, 1).at(0);
        source->setFocus();
        QTest::keyClicks(source, u"phone"_s);
        // The click on Add Condition, then one run of typing.
        QCOMPARE(window.session()->undoStack()->count(), 2);
        const auto completers = condition.rowsEditor()->findChildren<QCompleter *>();
        QCOMPARE(completers.size(), 2);
        for (QCompleter *completer : completers)
            QCOMPARE(completer->model(), condition.rowsEditor()->completionModel());
        QVERIFY(!condition.rowsEditor()->completionModel()->stringList().contains(u"parameter"_s));

        QTest::mouseClick(panel->findChild<QPushButton *>(u"addParameter"_s), Qt::LeftButton);
        QVERIFY(condition.rowsEditor()->completionModel()->stringList().contains(u"parameter"_s));
        QCOMPARE(condition.rowsEditor()->findChildren<QCompleter *>().size(), 2);
    }
};

QTEST_MAIN(tst_ConditionRows)
#include "tst_conditionrows.moc"
