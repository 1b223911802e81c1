// Messages under fields stay readable on a light and on a dark palette: the
// checker's message under an expression and the refusal under the name.
#include "EditorPalette.h"
#include "EditorSession.h"
#include "EditorStyle.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "files/FileController.h"
#include "panels/ExpressionEdit.h"
#include "panels/PropertyPanel.h"
#include "panels/StatusColors.h"
#include "panels/WorkflowPropertiesPanel.h"
#include "server/TestServerController.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_DarkPalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void messagesAreReadable_data();
    void messagesAreReadable();
    void statusColoursReachTheContrast_data();
    void statusColoursReachTheContrast();
    void disabledActionsLookDisabled_data();
    void disabledActionsLookDisabled();
    void aPaletteOfOneColourPerRoleGetsDisabledColours();
    void uncheckedBoxesStandOutOnTheDarkPalette();
};

namespace {
qreal contrastOf(const QLabel *label)
{
    return StatusColors::contrast(label->palette().color(QPalette::WindowText),
                                  label->palette().color(QPalette::Window));
}
} // namespace

void tst_DarkPalette::messagesAreReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_DarkPalette::messagesAreReadable()
{
    QFETCH(bool, dark);
    if (dark)
        ScreenshotTaker::applyDarkPalette();
    else
        QApplication::setPalette(QApplication::style()->standardPalette());
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    MainWindow window(std::move(options));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.files()->openDemo());
    QVERIFY(window.selectWorkflow(u"create_transaction"_s));
    WorkflowPropertiesPanel *panel = window.propertyPanel()->workflowPanel();

    // An error (a syntax error) and a warning-free field.
    ExpressionEdit *condition = panel->conditionEdit();
    condition->lineEdit()->setFocus();
    QTest::keyClicks(condition->lineEdit(), u" and ("_s);
    QVERIFY(condition->messageLabel()->isVisible());
    QVERIFY2(contrastOf(condition->messageLabel()) >= StatusColors::minimumContrast,
             qPrintable(QString::number(contrastOf(condition->messageLabel()))));

    // The name's refusal.
    QLineEdit *name = panel->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"not url safe"_s);
    QTest::keyClick(name, Qt::Key_Return);
    auto *refusal = panel->findChild<QLabel *>(u"workflowNameError"_s);
    QVERIFY(refusal && refusal->isVisible());
    QVERIFY2(contrastOf(refusal) >= StatusColors::minimumContrast,
             qPrintable(QString::number(contrastOf(refusal))));
}

void tst_DarkPalette::statusColoursReachTheContrast_data()
{
    QTest::addColumn<QColor>("background");
    QTest::newRow("white") << QColor(Qt::white);
    QTest::newRow("light grey") << QColor(0xef, 0xef, 0xef);
    QTest::newRow("dark grey") << QColor(0x2b, 0x2d, 0x31);
    QTest::newRow("black") << QColor(Qt::black);
}

void tst_DarkPalette::statusColoursReachTheContrast()
{
    QFETCH(QColor, background);
    QPalette palette;
    palette.setColor(QPalette::Window, background);
    QVERIFY(StatusColors::contrast(StatusColors::error(palette), background) >=
            StatusColors::minimumContrast);
    QVERIFY(StatusColors::contrast(StatusColors::warning(palette), background) >=
            StatusColors::minimumContrast);
    // Still a red and an amber, not grey.
    QVERIFY(StatusColors::error(palette).red() > StatusColors::error(palette).green());
    QVERIFY(StatusColors::warning(palette).red() > StatusColors::warning(palette).blue());
}

void tst_DarkPalette::disabledActionsLookDisabled_data()
{
    messagesAreReadable_data();
}

// "Stop Test Server" while stopped: its menu draws disabled text in colours
// that differ from enabled text and stand out less from the menu.
void tst_DarkPalette::disabledActionsLookDisabled()
{
    QFETCH(bool, dark);
    if (dark)
        ScreenshotTaker::applyDarkPalette();
    else
        EditorPalette::apply(QApplication::style()->standardPalette());
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(std::make_shared<test::Script>());
    options.restoreLayout = false;
    MainWindow window(std::move(options));
    window.show();
    QAction *stop = window.testServer()->stopAction();
    QVERIFY(!stop->isEnabled());
    QMenu *menu = nullptr;
    for (QAction *entry : window.menuBar()->actions()) {
        if (entry->menu() && entry->menu()->actions().contains(stop))
            menu = entry->menu();
    }
    QVERIFY(menu);
    const QPalette palette = menu->palette();
    for (auto [text, background] : {std::pair{QPalette::WindowText, QPalette::Window},
                                    std::pair{QPalette::Text, QPalette::Base},
                                    std::pair{QPalette::ButtonText, QPalette::Button}}) {
        const QColor enabled = palette.color(QPalette::Active, text);
        const QColor disabled = palette.color(QPalette::Disabled, text);
        QVERIFY2(enabled != disabled, qPrintable(enabled.name()));
        const qreal enabledContrast =
            StatusColors::contrast(enabled, palette.color(QPalette::Active, background));
        const qreal disabledContrast =
            StatusColors::contrast(disabled, palette.color(QPalette::Disabled, background));
        QVERIFY2(disabledContrast < enabledContrast * 0.8,
                 qPrintable(u"%1 vs %2"_s.arg(disabledContrast).arg(enabledContrast)));
    }
}

void tst_DarkPalette::aPaletteOfOneColourPerRoleGetsDisabledColours()
{
    QPalette flat;
    flat.setColor(QPalette::Window, Qt::black);
    flat.setColor(QPalette::WindowText, Qt::white);
    QCOMPARE(flat.color(QPalette::Disabled, QPalette::WindowText), QColor(Qt::white));
    const QPalette fixed = EditorPalette::withDistinctDisabled(flat);
    QVERIFY(fixed.color(QPalette::Disabled, QPalette::WindowText) != QColor(Qt::white));
    QCOMPARE(fixed.color(QPalette::Active, QPalette::WindowText), QColor(Qt::white));
}

// An unchecked box (a scope not granted in the New Token dialog) is seen:
// some pixel of its frame reaches 3:1 against the base it is drawn on, as
// WCAG asks of a control's outline.
void tst_DarkPalette::uncheckedBoxesStandOutOnTheDarkPalette()
{
    ScreenshotTaker::applyDarkPalette();
    QCheckBox box(u"Private files"_s);
    box.resize(box.sizeHint());
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator =
        box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const QImage image = box.grab().toImage();
    const QColor base = box.palette().color(QPalette::Base);
    double best = 0;
    for (int x = indicator.left(); x <= indicator.right(); ++x) {
        for (int y : {indicator.top(), indicator.bottom()})
            best = qMax(best, StatusColors::contrast(image.pixelColor(x, y), base));
    }
    for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
        for (int x : {indicator.left(), indicator.right()})
            best = qMax(best, StatusColors::contrast(image.pixelColor(x, y), base));
    }
    QVERIFY2(best >= 3.0, qPrintable(u"the frame's best contrast is %1"_s.arg(best)));
}

QTEST_MAIN(tst_DarkPalette)
#include "tst_darkpalette.moc"
