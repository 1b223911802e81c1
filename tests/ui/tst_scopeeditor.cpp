// The token scope grid: a data type's find and view are columns of their
// own, ticked by a click on the cell's check box, and read back apart.
#include "model/DemoProject.h"
#include "tokens/ScopeEditor.h"

#include <QHeaderView>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_ScopeEditor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_project = DemoProject::build().value();
        m_editor = std::make_unique<ScopeEditor>(m_project);
        m_editor->resize(1024, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup() { m_editor.reset(); }

    void findAndViewAreColumnsOfTheirOwn()
    {
        QTableWidget *grid = m_editor->dataGrid();
        QCOMPARE(grid->columnCount(), int(ScopeEditor::OperationCount));
        QCOMPARE(grid->horizontalHeaderItem(ScopeEditor::FindColumn)->text(), u"Find"_s);
        QCOMPARE(grid->horizontalHeaderItem(ScopeEditor::ViewColumn)->text(), u"View"_s);
        QVERIFY(grid->horizontalHeaderItem(ScopeEditor::FindColumn)
                    ->toolTip()
                    .contains(u"GET /obj/TYPE"_s));
        QVERIFY(grid->horizontalHeaderItem(ScopeEditor::ViewColumn)
                    ->toolTip()
                    .contains(u"GET /obj/TYPE/ID"_s));
    }

    void aClickTicksFindOrViewAlone()
    {
        clickCheck(u"Transaction"_s, ScopeEditor::FindColumn);
        clickCheck(u"User"_s, ScopeEditor::ViewColumn);
        clickCheck(u"User"_s, ScopeEditor::ModifyColumn);
        const TokenScopes scopes = m_editor->scopes();
        QVERIFY(!scopes.allDataTypes);
        QCOMPARE(sorted(scopes.dataTypes),
                 sorted({{.dataType = u"Transaction"_s, .find = true},
                         {.dataType = u"User"_s, .view = true, .modify = true}}));
        clickCheck(u"Transaction"_s, ScopeEditor::FindColumn);
        QCOMPARE(m_editor->scopes().dataTypes,
                 (QList<DataTypeScope>{{.dataType = u"User"_s, .view = true, .modify = true}}));
        const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_editor->grab().save(dir + u"/scope-editor.png"_s));
    }

    void setScopesFillsFindAndViewApart()
    {
        TokenScopes scopes;
        scopes.allWorkflows = false;
        scopes.allDataTypes = false;
        scopes.dataTypes = {{.dataType = u"Transaction"_s, .view = true},
                            {.dataType = u"User"_s, .find = true, .remove = true}};
        m_editor->setScopes(scopes);
        QCOMPARE(checked(u"Transaction"_s, ScopeEditor::FindColumn), false);
        QCOMPARE(checked(u"Transaction"_s, ScopeEditor::ViewColumn), true);
        QCOMPARE(checked(u"User"_s, ScopeEditor::FindColumn), true);
        QCOMPARE(checked(u"User"_s, ScopeEditor::ViewColumn), false);
        QCOMPARE(checked(u"User"_s, ScopeEditor::DeleteColumn), true);
        QCOMPARE(sorted(m_editor->scopes().dataTypes), sorted(scopes.dataTypes));
    }

private:
    static QList<DataTypeScope> sorted(QList<DataTypeScope> scopes)
    {
        std::sort(scopes.begin(), scopes.end(),
                  [](const auto &a, const auto &b) { return a.dataType < b.dataType; });
        return scopes;
    }

    int rowOf(const QString &type) const
    {
        QTableWidget *grid = m_editor->dataGrid();
        for (int row = 0; row < grid->rowCount(); ++row) {
            if (grid->verticalHeaderItem(row)->text() == type)
                return row;
        }
        return -1;
    }

    bool checked(const QString &type, int column) const
    {
        return m_editor->dataGrid()->item(rowOf(type), column)->checkState() == Qt::Checked;
    }

    // A click on the cell's check box, where the style draws it.
    void clickCheck(const QString &type, int column)
    {
        QTableWidget *grid = m_editor->dataGrid();
        const int row = rowOf(type);
        QVERIFY2(row >= 0, qPrintable(type));
        QTableWidgetItem *item = grid->item(row, column);
        const bool before = item->checkState() == Qt::Checked;
        QStyleOptionViewItem option;
        option.initFrom(grid->viewport());
        option.rect = grid->visualItemRect(item);
        option.features = QStyleOptionViewItem::HasCheckIndicator;
        const QRect box =
            grid->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, grid);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(item->checkState() == Qt::Checked, !before);
    }

    Project m_project;
    std::unique_ptr<ScopeEditor> m_editor;
};

QTEST_MAIN(tst_ScopeEditor)
#include "tst_scopeeditor.moc"
