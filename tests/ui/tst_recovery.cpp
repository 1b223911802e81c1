// Autosave, recovery after a crash, and the lock another instance holds.
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/ChangeWorkflow.h"
#include "files/Autosaver.h"
#include "files/FileController.h"
#include "files/RecoveryFile.h"

#include <QAction>
#include <QDir>
#include <QLockFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_Recovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void recoveryOfferedAfterCrash_data();
    void recoveryOfferedAfterCrash();
    void noOfferWhenRecoveryIsOlder();
    void cleanSaveRemovesRecovery();
    void autosaveAfterIdle();
    void untitledRecoveryOfferedAtStart();
    void warnsWhenAnotherInstanceHoldsTheFile_data();
    void warnsWhenAnotherInstanceHoldsTheFile();
    void reopeningItsOwnFileDoesNotWarn();
    void saveAsOntoAFileAnotherInstanceHoldsWarns_data();
    void saveAsOntoAFileAnotherInstanceHoldsWarns();
    void lastFileRecoveryOfferedAtStart_data();
    void lastFileRecoveryOfferedAtStart();
    void noLastFileOfferWhileItsInstanceRuns();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Saves the demo to `path`, then changes it without saving and autosaves.
    void editWithoutSaving(MainWindow &window, const QString &path);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
};

void tst_Recovery::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_Recovery::init()
{
    QSettings().clear();
    m_script = std::make_shared<test::Script>();
}

std::unique_ptr<MainWindow> tst_Recovery::makeWindow()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(m_script);
    options.restoreLayout = false;
    return std::make_unique<MainWindow>(std::move(options));
}

void tst_Recovery::editWithoutSaving(MainWindow &window, const QString &path)
{
    QVERIFY(window.files()->openDemo());
    m_script->savePath = path;
    QVERIFY(window.files()->saveAs());
    EditorSession *session = window.session();
    Workflow edited = session->document()->project().workflows.at(0);
    edited.description = u"unsaved edit"_s;
    QVERIFY(session->push(new ChangeWorkflow(session->document(), 0, edited, u"Change"_s)));
    QVERIFY(window.files()->autosaver()->autosaveNow());
    QVERIFY(RecoveryFile(path).exists());
}

void tst_Recovery::recoveryOfferedAfterCrash_data()
{
    QTest::addColumn<bool>("restore");
    QTest::newRow("restore") << true;
    QTest::newRow("discard") << false;
}

void tst_Recovery::recoveryOfferedAfterCrash()
{
    QFETCH(bool, restore);
    const QString path = m_dir.filePath(u"crash-%1.gatehouse"_s.arg(restore));
    {
        auto crashed = makeWindow();
        editWithoutSaving(*crashed, path);
        // The window goes away without closing: no save, no clean-up.
    }
    QVERIFY(RecoveryFile(path).isNewerThanDocument());

    m_script->restoreRecovery = restore;
    auto window = makeWindow();
    QVERIFY(window->files()->open(path));
    QCOMPARE(m_script->recoveryOffers, 1);
    const QString description =
        window->session()->document()->project().workflows.at(0).description;
    QCOMPARE(description == u"unsaved edit"_s, restore);
    QCOMPARE(window->session()->isModified(), restore);
    QCOMPARE(window->isWindowModified(), restore);
    QCOMPARE(window->session()->filePath(), path);
    QCOMPARE(RecoveryFile(path).exists(), restore);
}

void tst_Recovery::noOfferWhenRecoveryIsOlder()
{
    const QString path = m_dir.filePath(u"older.gatehouse"_s);
    {
        auto window = makeWindow();
        editWithoutSaving(*window, path);
    }
    QFile recovery(RecoveryFile(path).path());
    QVERIFY(recovery.open(QIODevice::ReadWrite));
    QVERIFY(recovery.setFileTime(QDateTime::currentDateTime().addDays(-1),
                                 QFileDevice::FileModificationTime));
    recovery.close();
    auto window = makeWindow();
    QVERIFY(window->files()->open(path));
    QCOMPARE(m_script->recoveryOffers, 0);
    QVERIFY(!window->session()->isModified());
}

void tst_Recovery::cleanSaveRemovesRecovery()
{
    const QString path = m_dir.filePath(u"clean.gatehouse"_s);
    auto window = makeWindow();
    editWithoutSaving(*window, path);
    QVERIFY(window->files()->save());
    QVERIFY(!RecoveryFile(path).exists());
}

void tst_Recovery::autosaveAfterIdle()
{
    const QString path = m_dir.filePath(u"idle.gatehouse"_s);
    auto window = makeWindow();
    QVERIFY(window->files()->openDemo());
    m_script->savePath = path;
    QVERIFY(window->files()->saveAs());
    window->files()->autosaver()->setIdleDelay(1);
    EditorSession *session = window->session();
    Workflow edited = session->document()->project().workflows.at(0);
    edited.ignorePrivacyRules = true;
    QVERIFY(session->push(new ChangeWorkflow(session->document(), 0, edited, u"Change"_s)));
    QTRY_VERIFY(RecoveryFile(path).exists());
    window->close(); // closing on purpose (the script discards) removes it
    QVERIFY(!RecoveryFile(path).exists());
}

void tst_Recovery::untitledRecoveryOfferedAtStart()
{
    Project kept = test::demoProject();
    kept.name = u"Kept after a crash"_s;
    QVERIFY(RecoveryFile(QString()).write(*test::makeStore(), kept));
    auto window = makeWindow();
    window->files()->startUp({}, false);
    QCOMPARE(m_script->recoveryOffers, 1);
    QCOMPARE(window->session()->document()->project().name, u"Kept after a crash"_s);
    QVERIFY(window->isWindowModified());
    window->files()->closeCleanly();
    RecoveryFile(QString()).remove();
}

void tst_Recovery::warnsWhenAnotherInstanceHoldsTheFile_data()
{
    QTest::addColumn<bool>("openAnyway");
    QTest::newRow("cancel") << false;
    QTest::newRow("open anyway") << true;
}

void tst_Recovery::warnsWhenAnotherInstanceHoldsTheFile()
{
    QFETCH(bool, openAnyway);
    const QString path = m_dir.filePath(u"locked-%1.gatehouse"_s.arg(openAnyway));
    QVERIFY(test::makeStore()->save(test::demoProject(), path));
    QLockFile other(EditorSession::lockPathFor(path));
    QVERIFY(other.tryLock(0));

    m_script->openLocked = openAnyway;
    auto window = makeWindow();
    QCOMPARE(window->files()->open(path), openAnyway);
    QCOMPARE(m_script->lockWarnings, 1);
    QCOMPARE(window->session()->filePath() == path, openAnyway);
    other.unlock();

    // Once the other instance lets go, opening is quiet, and this window
    // holds the lock in turn.
    auto next = makeWindow();
    QVERIFY(next->files()->open(path));
    QCOMPARE(m_script->lockWarnings, 1);
    QVERIFY(EditorSession::isHeldByAnotherInstance(path));
    next.reset();
    QVERIFY(!EditorSession::isHeldByAnotherInstance(path));
}

// Open, Open Recent and File > Open of the file this very window holds: the
// lock is this window's own, so no "another instance" warning.
void tst_Recovery::reopeningItsOwnFileDoesNotWarn()
{
    const QString path = m_dir.filePath(u"own.gatehouse"_s);
    QVERIFY(test::makeStore()->save(test::demoProject(), path));
    auto window = makeWindow();
    QVERIFY(window->files()->open(path));
    QVERIFY(EditorSession::isHeldByAnotherInstance(path)); // held, by this window

    QVERIFY(window->files()->open(path));
    m_script->openPath = path;
    window->files()->openAction()->trigger();
    QMenu *recent = window->files()->recentMenu();
    emit recent->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *action : recent->actions()) {
        if (action->text() == QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            entry = action;
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(m_script->lockWarnings, 0);
    QCOMPARE(window->session()->filePath(), path);
    QVERIFY(m_script->errors.isEmpty());

    // Another window opening it is warned, as before.
    auto other = makeWindow();
    QVERIFY(!other->files()->open(path));
    QCOMPARE(m_script->lockWarnings, 1);
}

void tst_Recovery::saveAsOntoAFileAnotherInstanceHoldsWarns_data()
{
    QTest::addColumn<bool>("saveAnyway");
    QTest::newRow("cancel") << false;
    QTest::newRow("save anyway") << true;
}

void tst_Recovery::saveAsOntoAFileAnotherInstanceHoldsWarns()
{
    QFETCH(bool, saveAnyway);
    const QString own = m_dir.filePath(u"mine-%1.gatehouse"_s.arg(saveAnyway));
    const QString held = m_dir.filePath(u"held-%1.gatehouse"_s.arg(saveAnyway));
    QVERIFY(test::makeStore()->save(test::demoProject(), held));
    QLockFile other(EditorSession::lockPathFor(held));
    QVERIFY(other.tryLock(0));

    auto window = makeWindow();
    QVERIFY(window->files()->openDemo());
    m_script->savePath = own;
    QVERIFY(window->files()->saveAs());
    QVERIFY(window->files()->saveAs()); // onto its own file again: no question
    QCOMPARE(m_script->saveLockWarnings, 0);

    const QDateTime before = QFileInfo(held).lastModified();
    m_script->savePath = held;
    m_script->saveOverLocked = saveAnyway;
    QCOMPARE(window->files()->saveAs(), saveAnyway);
    QCOMPARE(m_script->saveLockWarnings, 1);
    QCOMPARE(window->session()->filePath(), saveAnyway ? held : own);
    if (!saveAnyway)
        QCOMPARE(QFileInfo(held).lastModified(), before);
    // Saved anyway, the window could not take the lock: Save asks again.
    if (saveAnyway) {
        QVERIFY(window->session()->isLockedElsewhere());
        m_script->saveOverLocked = false;
        QVERIFY(!window->files()->save());
        QCOMPARE(m_script->saveLockWarnings, 2);
    }
}

void tst_Recovery::lastFileRecoveryOfferedAtStart_data()
{
    QTest::addColumn<bool>("restore");
    QTest::newRow("restore") << true;
    QTest::newRow("discard, open the saved file") << false;
}

// A crash while editing a saved file, then a start with no file named: the
// editor remembers the file and offers its recovery.
void tst_Recovery::lastFileRecoveryOfferedAtStart()
{
    QFETCH(bool, restore);
    const QString path = m_dir.filePath(u"last-%1.gatehouse"_s.arg(restore));
    {
        auto crashed = makeWindow();
        editWithoutSaving(*crashed, path);
    }
    QCOMPARE(FileController::lastFilePath(), QFileInfo(path).absoluteFilePath());

    m_script->restoreRecovery = restore;
    auto window = makeWindow();
    window->files()->startUp({}, false);
    QCOMPARE(m_script->recoveryOffers, 1);
    QCOMPARE(QFileInfo(window->session()->filePath()).absoluteFilePath(),
             QFileInfo(path).absoluteFilePath());
    const QString description =
        window->session()->document()->project().workflows.at(0).description;
    QCOMPARE(description == u"unsaved edit"_s, restore);
    QCOMPARE(window->isWindowModified(), restore);
    window->files()->closeCleanly();
}

// The last file is still open in a running instance: its recovery file is
// that instance's autosave, not a crash's.
void tst_Recovery::noLastFileOfferWhileItsInstanceRuns()
{
    const QString path = m_dir.filePath(u"running.gatehouse"_s);
    auto running = makeWindow();
    editWithoutSaving(*running, path);
    auto second = makeWindow();
    second->files()->startUp({}, false);
    QCOMPARE(m_script->recoveryOffers, 0);
    QVERIFY(second->session()->filePath().isEmpty());
    running->files()->closeCleanly();
}

QTEST_MAIN(tst_Recovery)
#include "tst_recovery.moc"
