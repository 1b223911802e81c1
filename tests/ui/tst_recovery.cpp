// Autosave, recovery after a crash, and the lock another instance holds.
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/ChangeWorkflow.h"
#include "files/Autosaver.h"
#include "files/FileController.h"
#include "files/RecoveryFile.h"

#include <QLockFile>
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

QTEST_MAIN(tst_Recovery)
#include "tst_recovery.moc"
