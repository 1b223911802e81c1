// The token manager in the editor window, driven by clicks and keys under
// the offscreen platform against the editor's own test server: a scoped
// admin token made through the dialog, its secret read once, a granted
// workflow let in and a scoped-out one refused; revoke, rotate with and
// without a grace period, mark reviewed and narrow to use, each undone and
// redone and followed by the server from the next request; the clipboard
// cleared after Copy.
#include "EditorSession.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "TestSupport.h"
#include "crypto/TokenSecret.h"
#include "files/FileController.h"
#include "model/DemoProject.h"
#include "models/RequestLogModel.h"
#include "server/RequestPanel.h"
#include "server/RequestResponseView.h"
#include "server/TestServerController.h"
#include "storage/LiveDataStore.h"
#include "tokens/ClipboardClearer.h"
#include "tokens/NarrowDialog.h"
#include "tokens/NewTokenDialog.h"
#include "tokens/RotateDialog.h"
#include "tokens/RunSecrets.h"
#include "tokens/ScopeEditor.h"
#include "tokens/SecretDialog.h"
#include "tokens/TokenTableModel.h"
#include "tokens/TokensPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_Tokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aTokenCreatedInThisRunCallsWithItsSecret();
    void viewMenuAndShortcutsOpenTheDocks();
    void scopedAdminTokenThroughTheServer();
    void rotateWithoutAndWithGrace();
    void copiedSecretLeavesTheClipboard();
    void newTokenStartsWithNoAccess();
    void userTokenActsAsATestUser();
    void userTokenEndsWithItsUsersPassword();
    void aSavedRevocationStandsThroughUndo();
    void badgesFilterAndReview();
    void narrowToWhatItUsed();
    void screenshots();

private:
    void makeWindow(bool serve);
    TokensPanel *panel() const { return m_window->tokensPanel(); }
    const Project &project() const { return m_window->session()->document()->project(); }
    QUndoStack *undo() const { return m_window->session()->undoStack(); }
    void openTokens();
    void click(QWidget *widget);
    void clickButton(const QString &objectName);
    void clickRow(const QString &tokenName);
    void checkListItem(QListWidget *list, const QString &text);
    // Fills and submits the New Token dialog; returns the secret it showed.
    QString createThroughDialog(const QString &name, const QStringList &workflows,
                                bool fullAccess = false, const QString &purpose = {});
    // Reads the secret dialog open now and closes it.
    QString takeSecret();
    QString cell(const QString &tokenName, int column) const;

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
    std::unique_ptr<MainWindow> m_window;
    test::HttpProbe m_http;
};

void tst_Tokens::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_Tokens::init()
{
    QSettings().clear();
    QSettings().setValue(TestServerController::portSettingsKey(), 0);
    m_script = std::make_shared<test::Script>();
}

void tst_Tokens::cleanup()
{
    if (m_window)
        m_window->testServer()->stop();
    m_window.reset();
}

void tst_Tokens::makeWindow(bool serve)
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
    if (!serve)
        return;
    m_script->savePath =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".gatehouse"_s);
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(m_window->testServer()->start());
    m_http.setPort(m_window->testServer()->port());
}

void tst_Tokens::openTokens()
{
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dock = m_window->findChild<QDockWidget *>(u"tokensDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    QVERIFY(panel()->isVisible());
}

void tst_Tokens::click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isVisible() && widget->isEnabled(), qPrintable(widget->objectName()));
    // A check box takes clicks on its box and text, not the room beside them.
    const QPoint where = qobject_cast<QCheckBox *>(widget) ? QPoint(8, widget->height() / 2)
                                                           : widget->rect().center();
    QTest::mouseClick(widget, Qt::LeftButton, {}, where);
}

void tst_Tokens::clickButton(const QString &objectName)
{
    click(panel()->findChild<QPushButton *>(objectName));
}

void tst_Tokens::clickRow(const QString &tokenName)
{
    QTableView *view = panel()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, TokenTableModel::NameColumn);
        if (index.data().toString() == tokenName) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
            QCOMPARE(panel()->selectedName(), tokenName);
            return;
        }
    }
    QFAIL(qPrintable(u"no row for "_s + tokenName));
}

void tst_Tokens::checkListItem(QListWidget *list, const QString &text)
{
    const auto found = list->findItems(text, Qt::MatchExactly);
    QVERIFY2(!found.isEmpty(), qPrintable(text));
    list->setFocus();
    list->setCurrentItem(found.first());
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(found.first()->checkState(), Qt::Checked);
}

QString tst_Tokens::createThroughDialog(const QString &name, const QStringList &workflows,
                                        bool fullAccess, const QString &purpose)
{
    clickButton(u"newToken"_s);
    NewTokenDialog *dialog = panel()->newTokenDialog();
    if (!dialog || !dialog->isVisible())
        return {};
    QTest::keyClicks(dialog->nameEdit(), name);
    QTest::keyClicks(dialog->purposeEdit(), purpose);
    for (const QString &workflow : workflows)
        checkListItem(dialog->scopeEditor()->workflowList(), workflow);
    if (fullAccess) {
        click(dialog->fullAccessBox());
        if (!dialog->findChild<QLabel *>(u"fullAccessWarning"_s)->isVisible()) {
            qWarning("full access shows no warning");
            return {};
        }
    }
    click(dialog->createButton());
    if (!dialog->problem().isEmpty())
        qWarning("%s", qPrintable(dialog->problem()));
    return takeSecret();
}

QString tst_Tokens::takeSecret()
{
    SecretDialog *secret = panel()->secretDialog();
    if (!secret || !secret->isVisible())
        return {};
    const QString text = secret->secretField()->text();
    if (!secret->findChild<QLabel *>(u"secretWarning"_s)->text().contains(u"shown only now"_s))
        return {};
    QPointer<SecretDialog> alive(secret);
    QTest::mouseClick(secret->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return alive ? QString() : text; // shown once: the dialog is gone
}

QString tst_Tokens::cell(const QString &tokenName, int column) const
{
    TokenTableModel *model = panel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->token(row).name == tokenName)
            return model->index(row, column).data().toString();
    }
    return {};
}

void tst_Tokens::viewMenuAndShortcutsOpenTheDocks()
{
    makeWindow(false);
    QVERIFY(!m_window->findChild<QDockWidget *>(u"tokensDock"_s));
    openTokens();
    QVERIFY(panel()->filterEdit()->hasFocus());
    auto *tokens = m_window->findChild<QAction *>(u"showTokens"_s);
    QVERIFY(tokens && tokens->shortcut() == QKeySequence(u"Ctrl+Shift+T"_s));
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *settings = m_window->findChild<QDockWidget *>(u"apiSettingsDock"_s);
    QVERIFY(settings && settings->isVisible());
}

void tst_Tokens::scopedAdminTokenThroughTheServer()
{
    makeWindow(true);
    openTokens();
    const QString secret = createThroughDialog(u"ci"_s, {u"public_ping"_s});
    QVERIFY(secret.startsWith(u"gh_adm_"_s));
    const Token *token = project().findToken(u"ci"_s);
    QVERIFY(token);
    QCOMPARE(token->secretHash, TokenSecret::hashOf(secret));
    QVERIFY(!token->secretHash.contains(secret.toUtf8()));
    QVERIFY(secret.startsWith(token->prefix));
    QCOMPARE(undo()->undoText(), u"Add token ci"_s);
    QCOMPARE(cell(u"ci"_s, TokenTableModel::StateColumn), u"active"_s);
    QVERIFY(cell(u"ci"_s, TokenTableModel::ScopesColumn).contains(u"workflows public_ping"_s));

    const QByteArray bearer = secret.toUtf8();
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 200);
    QCOMPARE(m_http.post(u"/api/1.1/wf/admin_cleanup"_s, bearer), 403);
    QTRY_VERIFY(cell(u"ci"_s, TokenTableModel::LastUsedColumn) != u"never"_s);

    clickRow(u"ci"_s);
    clickButton(u"revokeToken"_s);
    QVERIFY(project().findToken(u"ci"_s)->isRevoked());
    QCOMPARE(cell(u"ci"_s, TokenTableModel::StateColumn), u"revoked"_s);
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 401);
    undo()->undo();
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 200);
    undo()->redo();
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 401);
    undo()->undo(); // the revoke
    undo()->undo(); // the add: the secret no longer names any token
    QVERIFY(!project().findToken(u"ci"_s));
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 401);
    undo()->redo();
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 200);
}

void tst_Tokens::rotateWithoutAndWithGrace()
{
    makeWindow(true);
    openTokens();
    const QByteArray first = createThroughDialog(u"ci"_s, {u"public_ping"_s}).toUtf8();
    QVERIFY(!first.isEmpty());
    const QString ping = u"/api/1.1/wf/public_ping"_s;

    clickRow(u"ci"_s);
    clickButton(u"rotateToken"_s);
    RotateDialog *rotate = panel()->rotateDialog();
    QVERIFY(rotate && rotate->isVisible());
    QCOMPARE(rotate->graceSeconds(), qint64(0)); // none by default
    click(rotate->rotateButton());
    const QByteArray second = takeSecret().toUtf8();
    QVERIFY(!second.isEmpty() && second != first);
    QCOMPARE(undo()->undoText(), u"Rotate token ci"_s);
    QCOMPARE(project().findToken(u"ci"_s)->scopes.workflows, QStringList{u"public_ping"_s});
    QCOMPARE(m_http.post(ping, first), 401);
    QCOMPARE(m_http.post(ping, second), 200);
    undo()->undo();
    QCOMPARE(m_http.post(ping, first), 200);
    QCOMPARE(m_http.post(ping, second), 401);
    undo()->redo();
    QCOMPARE(m_http.post(ping, first), 401);
    QCOMPARE(m_http.post(ping, second), 200);

    clickRow(u"ci"_s);
    clickButton(u"rotateToken"_s);
    rotate = panel()->rotateDialog();
    QVERIFY(rotate);
    rotate->graceBox()->setFocus();
    QTest::keyClick(rotate->graceBox(), Qt::Key_Down); // 1 hour
    QCOMPARE(rotate->graceSeconds(), qint64(3600));
    click(rotate->rotateButton());
    const QByteArray third = takeSecret().toUtf8();
    QVERIFY(!third.isEmpty());
    QCOMPARE(m_http.post(ping, second), 200); // within the grace period
    QCOMPARE(m_http.post(ping, third), 200);
    QVERIFY2(cell(u"ci"_s, TokenTableModel::StateColumn).contains(u"old secret until"_s),
             qPrintable(cell(u"ci"_s, TokenTableModel::StateColumn)));
    const qint64 left =
        QDateTime::currentDateTimeUtc().secsTo(project().findToken(u"ci"_s)->previousSecretUntil);
    QVERIFY(left > 3500 && left <= 3600);
    undo()->undo();
    QCOMPARE(m_http.post(ping, third), 401);
    QCOMPARE(m_http.post(ping, second), 200);
    QVERIFY(!cell(u"ci"_s, TokenTableModel::StateColumn).contains(u"old secret"_s));
    undo()->redo();
    QCOMPARE(m_http.post(ping, third), 200);
}

void tst_Tokens::copiedSecretLeavesTheClipboard()
{
    makeWindow(false);
    openTokens();
    QCOMPARE(panel()->clipboardClearer()->interval(), 60 * 1000);
    panel()->clipboardClearer()->setInterval(50);
    clickButton(u"newToken"_s);
    NewTokenDialog *dialog = panel()->newTokenDialog();
    QTest::keyClicks(dialog->nameEdit(), u"ci"_s);
    click(dialog->createButton());
    SecretDialog *secret = panel()->secretDialog();
    QVERIFY(secret);
    const QString text = secret->secretField()->text();
    click(secret->copyButton());
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    QSignalSpy cleared(panel()->clipboardClearer(), &ClipboardClearer::cleared);
    QVERIFY(cleared.wait(5000));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // Something else copied since: left alone.
    click(secret->copyButton());
    QGuiApplication::clipboard()->setText(u"a note"_s);
    QTRY_VERIFY(!panel()->clipboardClearer()->isPending());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"a note"_s);
    QCOMPARE(cleared.size(), qsizetype(1));
}

void tst_Tokens::newTokenStartsWithNoAccess()
{
    makeWindow(true);
    openTokens();
    const QByteArray bare = createThroughDialog(u"bare"_s, {}).toUtf8();
    QVERIFY(!bare.isEmpty());
    const TokenScopes &scopes = project().findToken(u"bare"_s)->scopes;
    QVERIFY(!scopes.allWorkflows && scopes.workflows.isEmpty());
    QVERIFY(!scopes.allDataTypes && scopes.dataTypes.isEmpty());
    QVERIFY(!scopes.privateFiles);
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bare), 403);
    QCOMPARE(project().findToken(u"bare"_s)->expires.date(),
             QDateTime::currentDateTimeUtc().addDays(30).date());

    const QByteArray full = createThroughDialog(u"full"_s, {}, true).toUtf8();
    QVERIFY(!full.isEmpty());
    QVERIFY(project().findToken(u"full"_s)->scopes.isUnrestricted());
    QCOMPARE(m_http.post(u"/api/1.1/wf/admin_cleanup"_s, full), 200);
    QVERIFY(cell(u"full"_s, TokenTableModel::FlagsColumn).contains(u"full access"_s));
}

void tst_Tokens::userTokenActsAsATestUser()
{
    makeWindow(false);
    openTokens();
    clickButton(u"newToken"_s);
    NewTokenDialog *dialog = panel()->newTokenDialog();
    QTest::keyClicks(dialog->nameEdit(), u"bobs-app"_s);
    click(dialog->userButton());
    QVERIFY(dialog->userBox()->isEnabled());
    dialog->userBox()->setFocus();
    QTest::keyClick(dialog->userBox(), Qt::Key_Down); // alice, then bob
    QCOMPARE(dialog->userBox()->currentText(), u"bob@example.com"_s);
    dialog->expiryBox()->setFocus();
    QTest::keyClick(dialog->expiryBox(), Qt::Key_Up); // 30 -> 7 days
    click(dialog->createButton());
    QVERIFY(!takeSecret().isEmpty());
    const Token *token = project().findToken(u"bobs-app"_s);
    QVERIFY(token);
    QCOMPARE(token->kind, TokenKind::User);
    QCOMPARE(cell(u"bobs-app"_s, TokenTableModel::KindColumn), u"user bob@example.com"_s);
    QCOMPARE(token->created.secsTo(token->expires), qint64(7 * 86400));

    // The same name again is refused in the dialog, which stays open.
    clickButton(u"newToken"_s);
    dialog = panel()->newTokenDialog();
    QTest::keyClicks(dialog->nameEdit(), u"bobs-app"_s);
    click(dialog->createButton());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problem().contains(u"exists already"_s));
    dialog->reject();
}

// A password change in the live data (here written by another program, as a
// request to a Data API or a workflow would) ends the user's project token:
// the server refuses it and the panel says so, as `token list` does.
void tst_Tokens::userTokenEndsWithItsUsersPassword()
{
    makeWindow(true);
    openTokens();
    clickButton(u"newToken"_s);
    NewTokenDialog *dialog = panel()->newTokenDialog();
    QTest::keyClicks(dialog->nameEdit(), u"bobs-app"_s);
    click(dialog->userButton());
    dialog->userBox()->setFocus();
    QTest::keyClick(dialog->userBox(), Qt::Key_Down); // alice, then bob
    checkListItem(dialog->scopeEditor()->workflowList(), u"public_ping"_s);
    click(dialog->createButton());
    const QByteArray bearer = takeSecret().toUtf8();
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 200);
    QCOMPARE(cell(u"bobs-app"_s, TokenTableModel::StateColumn), u"active"_s);

    {
        auto live = LiveDataStore::open(m_window->session()->filePath());
        QVERIFY2(live, qPrintable(live.errorMessage()));
        QVERIFY(live.value()->begin());
        QVERIFY(live.value()->endCredentials(DemoProject::bobId(),
                                             QDateTime::currentDateTimeUtc().addSecs(1)));
        QVERIFY(live.value()->commit());
    }
    QTRY_COMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 401);
    QTRY_COMPARE(cell(u"bobs-app"_s, TokenTableModel::StateColumn), u"ended"_s);
}

// Undo takes back a revocation not yet saved; once the file holds it, the
// revocation stands (the file, `token list` and the server all have it
// revoked), and the panel says why Undo did not bring the token back.
void tst_Tokens::aSavedRevocationStandsThroughUndo()
{
    makeWindow(true);
    openTokens();
    const QByteArray bearer = createThroughDialog(u"ci"_s, {u"public_ping"_s}).toUtf8();
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 200);
    clickRow(u"ci"_s);
    clickButton(u"revokeToken"_s);
    QVERIFY(m_window->files()->save());
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 401);

    undo()->undo();
    QVERIFY(project().findToken(u"ci"_s)->isRevoked());
    QCOMPARE(cell(u"ci"_s, TokenTableModel::StateColumn), u"revoked"_s);
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, bearer), 401);
    auto *notice = panel()->findChild<QLabel *>(u"tokenNotice"_s);
    QVERIFY2(notice->isVisible() && notice->text().contains(u"saved"_s),
             qPrintable(notice->text()));
    // The undo before it, the token's making, still works.
    undo()->undo();
    QVERIFY(!project().findToken(u"ci"_s));
}

void tst_Tokens::badgesFilterAndReview()
{
    makeWindow(false);
    openTokens();
    QAbstractItemModelTester tester(panel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!createThroughDialog(u"export-a"_s, {u"public_ping"_s}, false, u"billing"_s).isEmpty());
    QVERIFY(!createThroughDialog(u"export-b"_s, {u"public_ping"_s}, false, u"Billing"_s).isEmpty());
    QVERIFY(!createThroughDialog(u"mobile"_s, {u"signup"_s}, false, u"mobile app"_s).isEmpty());
    QVERIFY(cell(u"export-a"_s, TokenTableModel::FlagsColumn).contains(u"shared purpose"_s));
    QVERIFY(!cell(u"mobile"_s, TokenTableModel::FlagsColumn).contains(u"shared purpose"_s));

    // Typing filters; the proxy keeps only what matches.
    QTest::keyClicks(panel()->filterEdit(), u"BILL"_s);
    QCOMPARE(panel()->proxy()->rowCount(), 2);
    QTest::keyClicks(panel()->filterEdit(), u"ing-x"_s);
    QCOMPARE(panel()->proxy()->rowCount(), 0);
    panel()->filterEdit()->clear();
    QCOMPARE(panel()->proxy()->rowCount(), 3);

    // Forty days on: unused, review overdue, with reasons in the tooltip.
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(40);
    panel()->setClock([later] { return later; });
    QString flags = cell(u"mobile"_s, TokenTableModel::FlagsColumn);
    QVERIFY2(flags.contains(u"review overdue"_s) && flags.contains(u"unused 30 days"_s),
             qPrintable(flags));
    // The policy's state: made with the default 30 days, it has expired.
    QCOMPARE(cell(u"mobile"_s, TokenTableModel::StateColumn), u"expired"_s);
    const int row = project().indexOfToken(u"mobile"_s);
    QVERIFY(panel()
                ->model()
                ->index(row, TokenTableModel::FlagsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"review is overdue"_s));
    clickRow(u"mobile"_s);
    clickButton(u"reviewToken"_s);
    QCOMPARE(undo()->undoText(), u"Mark token mobile reviewed"_s);
    QVERIFY(!cell(u"mobile"_s, TokenTableModel::FlagsColumn).contains(u"review overdue"_s));
    undo()->undo();
    QVERIFY(cell(u"mobile"_s, TokenTableModel::FlagsColumn).contains(u"review overdue"_s));

    // A longer review interval, typed: one undo step, and not overdue any more.
    QSpinBox *interval = panel()->reviewIntervalBox();
    QCOMPARE(interval->value(), 30);
    interval->setFocus();
    interval->selectAll();
    QTest::keyClicks(interval, u"60"_s);
    QTest::keyClick(interval, Qt::Key_Return);
    QCOMPARE(project().settings.tokenReviewIntervalDays, 60);
    QVERIFY(!cell(u"mobile"_s, TokenTableModel::FlagsColumn).contains(u"review overdue"_s));
    undo()->undo();
    QCOMPARE(interval->value(), 30);

    // Sorting by a column keeps the tester happy and the rows whole.
    panel()->view()->sortByColumn(TokenTableModel::PurposeColumn, Qt::DescendingOrder);
    QCOMPARE(panel()->proxy()->index(0, TokenTableModel::NameColumn).data().toString(),
             u"mobile"_s);
    while (undo()->canUndo())
        undo()->undo();
    QCOMPARE(panel()->model()->rowCount(), 0);
}

void tst_Tokens::narrowToWhatItUsed()
{
    makeWindow(true);
    openTokens();
    const QByteArray full = createThroughDialog(u"wide"_s, {}, true).toUtf8();
    QVERIFY(!full.isEmpty());
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, full), 200);
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, full), 200);
    QTRY_COMPARE(m_window->testServer()->logModel()->rowCount(), 2);
    clickRow(u"wide"_s);
    QVERIFY(panel()->findChild<QLabel *>(u"tokenUse"_s)->text().contains(u"2 time"_s));
    clickButton(u"narrowToken"_s);
    NarrowDialog *dialog = panel()->narrowDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"narrowBefore"_s)->text().startsWith(u"all workflows"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"narrowAfter"_s)
                ->text()
                .startsWith(u"workflows public_ping"_s));
    QVERIFY(project().findToken(u"wide"_s)->scopes.isUnrestricted()); // not before Apply
    click(dialog->applyButton());
    QCOMPARE(project().findToken(u"wide"_s)->scopes.workflows, QStringList{u"public_ping"_s});
    QCOMPARE(undo()->undoText(), u"Narrow token wide to its use"_s);
    QCOMPARE(m_http.post(u"/api/1.1/wf/admin_cleanup"_s, full), 403);
    QCOMPARE(m_http.post(u"/api/1.1/wf/public_ping"_s, full), 200);
    undo()->undo();
    QCOMPARE(m_http.post(u"/api/1.1/wf/admin_cleanup"_s, full), 200);
    undo()->redo();
    QCOMPARE(m_http.post(u"/api/1.1/wf/admin_cleanup"_s, full), 403);
}

// Makes docs/images/tokens-{light,dark}.png and new-token-{light,dark}.png
// when GATEHOUSE_SCREENSHOT_DIR names a folder; checks the panel fits a
// 1024x700 window either way.
void tst_Tokens::screenshots()
{
    makeWindow(false);
    openTokens();
    QVERIFY(!createThroughDialog(u"billing-export"_s, {u"public_ping"_s, u"create_transaction"_s},
                                 false, u"nightly billing export"_s)
                 .isEmpty());
    QVERIFY(!createThroughDialog(u"legacy-zapier"_s, {}, true, u"Zapier"_s).isEmpty());
    QVERIFY(!createThroughDialog(u"zapier-2"_s, {u"signup"_s}, false, u"zapier"_s).isEmpty());
    clickRow(u"billing-export"_s);
    QVERIFY(panel()->view()->height() >= 3 * panel()->view()->rowHeight(0));
    QVERIFY(panel()->findChild<QPushButton *>(u"narrowToken"_s)->isVisible());
    // The panel as a reviewer sets it out: the properties closed, the table tall.
    m_window->findChild<QDockWidget *>(u"propertiesDock"_s)->hide();
    auto *dock = m_window->findChild<QDockWidget *>(u"tokensDock"_s);
    m_window->resizeDocks({dock}, {380}, Qt::Vertical);
    QApplication::processEvents();
    // Its last line is seen whole: every parent up to the dock (a scroll
    // area's viewport among them) holds it.
    auto *use = panel()->findChild<QLabel *>(u"tokenUse"_s);
    const QRect useInDock(use->mapTo(dock, QPoint(0, 0)), use->size());
    for (QWidget *parent = use->parentWidget(); parent != dock; parent = parent->parentWidget()) {
        const QRect parentInDock(parent->mapTo(dock, QPoint(0, 0)), parent->size());
        QVERIFY2(parentInDock.contains(useInDock), parent->metaObject()->className());
    }
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(m_window->grab().save(dir + u"/tokens-light.png"_s));
    clickButton(u"newToken"_s);
    NewTokenDialog *dialog = panel()->newTokenDialog();
    QTest::keyClicks(dialog->nameEdit(), u"crm-sync"_s);
    QTest::keyClicks(dialog->purposeEdit(), u"CRM contact sync"_s);
    checkListItem(dialog->scopeEditor()->workflowList(), u"create_transaction"_s);
    dialog->scopeEditor()->setOperationChecked(u"Transaction"_s, ScopeEditor::FindColumn, true);
    dialog->scopeEditor()->setOperationChecked(u"Transaction"_s, ScopeEditor::ViewColumn, true);
    dialog->resize(560, 680);
    QApplication::processEvents();
    QVERIFY(dialog->grab().save(dir + u"/new-token-light.png"_s));
    ScreenshotTaker::applyDarkPalette();
    QApplication::processEvents();
    QVERIFY(dialog->grab().save(dir + u"/new-token-dark.png"_s));
    dialog->reject();
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/tokens-dark.png"_s));
}

QTEST_MAIN(tst_Tokens)
// A token made in this run is offered to the Request panel as a real
// credential, by its secret held in memory only; another project forgets it.
void tst_Tokens::aTokenCreatedInThisRunCallsWithItsSecret()
{
    makeWindow(true);
    openTokens();
    const QString secret = createThroughDialog(u"runner"_s, {u"public_ping"_s}, false, u"ci"_s);
    QVERIFY(!secret.isEmpty());
    QCOMPARE(m_window->session()->runSecrets()->secretOf(u"runner"_s), secret);
    QVERIFY(m_window->selectWorkflow(u"public_ping"_s));
    m_window->menuBar()->findChild<QAction *>(u"showRequestPanel"_s)->trigger();
    RequestPanel *panel = m_window->requestPanel();
    QVERIFY(panel);
    const int choice = panel->actAsCombo()->findText(u"Token runner (its secret, from this run)"_s);
    QVERIFY(choice >= 0);
    panel->actAsCombo()->setCurrentIndex(choice);
    QCOMPARE(panel->actingAs(), std::optional(PrincipalRef::token(u"runner"_s)));
    QSignalSpy finished(panel, &RequestPanel::finished);
    panel->sendButton()->click();
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QVERIFY2(panel->responseView()->statusLabel()->text().contains(u"200 OK"_s),
             qPrintable(panel->responseView()->statusLabel()->text()));
    QAbstractItemModel *log = m_window->testServer()->logModel();
    QVERIFY(log->rowCount() > 0);
    QString logged;
    for (int column = 0; column < log->columnCount(); ++column)
        logged += log->index(log->rowCount() - 1, column).data().toString() + u' ';
    QVERIFY2(logged.contains(u"runner"_s), qPrintable(logged)); // authenticated as the token
    QVERIFY(!logged.contains(secret));

    QVERIFY(m_window->session()->startUnsaved(DemoProject::build().value()));
    QVERIFY(m_window->session()->runSecrets()->tokens().isEmpty());
}

#include "tst_tokens.moc"
