// File > Import and Export of the JSON config, and a config opened as a
// project: offered as an import, with errors that name the file once.
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "exchange/ConfigFile.h"
#include "files/ConfigImportController.h"
#include "files/FileController.h"
#include "files/FileMessages.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_ConfigImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_script = std::make_shared<test::Script>(); }
    void fileMenuHasImportAndExport();
    void exportThenImportGivesTheSameProject();
    void openingAConfigOffersTheImport();
    void declinedImportOpensNothing();
    void badConfigNamesTheFileOnce();
    void openErrorsNameTheFileOnce();

private:
    std::unique_ptr<MainWindow> makeWindow();
    static int occurrences(const QString &text, const QString &what)
    {
        return int(text.count(what));
    }

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
};

void tst_ConfigImport::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<MainWindow> tst_ConfigImport::makeWindow()
{
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(m_script);
    options.restoreLayout = false;
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->files()->openDemo();
    window->show();
    return window;
}

void tst_ConfigImport::fileMenuHasImportAndExport()
{
    auto window = makeWindow();
    QMenu *file = window->menuBar()->actions().first()->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(window->files()->configs()->importAction()));
    QVERIFY(file->actions().contains(window->files()->configs()->exportAction()));
}

void tst_ConfigImport::exportThenImportGivesTheSameProject()
{
    auto window = makeWindow();
    const Project demo = window->session()->document()->project();
    const QString path = m_dir.filePath(u"demo.json"_s);
    m_script->configSavePath = path;
    window->files()->configs()->exportAction()->trigger();
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile(path).size() > 0, true);
    // The same bytes gatehouse-cli export writes: the one ConfigFile.
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), ConfigFile::toJson(demo));

    QVERIFY(window->files()->newProject());
    m_script->configOpenPath = path;
    window->files()->configs()->importAction()->trigger();
    QCOMPARE(ConfigFile::toJson(window->session()->document()->project()),
             ConfigFile::toJson(demo));
    QVERIFY(window->session()->filePath().isEmpty()); // a new, unsaved project
    QVERIFY(m_script->errors.isEmpty());
}

void tst_ConfigImport::openingAConfigOffersTheImport()
{
    auto window = makeWindow();
    const QString path = m_dir.filePath(u"offered.json"_s);
    QVERIFY(ConfigFile::write(test::demoProject(), path).ok());
    QVERIFY(window->files()->newProject());
    QVERIFY(window->files()->open(path));
    QCOMPARE(m_script->importOffers, 1);
    QCOMPARE(window->session()->document()->project().workflows.size(),
             test::demoProject().workflows.size());
    QVERIFY(m_script->errors.isEmpty());
}

void tst_ConfigImport::declinedImportOpensNothing()
{
    auto window = makeWindow();
    const QString path = m_dir.filePath(u"declined.json"_s);
    QVERIFY(ConfigFile::write(test::demoProject(), path).ok());
    QVERIFY(window->files()->newProject());
    m_script->importConfig = false;
    QVERIFY(!window->files()->open(path));
    QCOMPARE(m_script->importOffers, 1);
    QVERIFY(window->session()->document()->project().workflows.isEmpty());
}

void tst_ConfigImport::badConfigNamesTheFileOnce()
{
    auto window = makeWindow();
    const QString path = m_dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "gatehouse-config", "workflows": [)");
    file.close();
    QVERIFY(!window->files()->open(path));
    QCOMPARE(m_script->errors.size(), 1);
    QCOMPARE(occurrences(m_script->errors.first(), u"broken.json"_s), 1);
    QCOMPARE(window->session()->document()->project().name, test::demoProject().name);
}

void tst_ConfigImport::openErrorsNameTheFileOnce()
{
    QCOMPARE(FileMessages::namingFileOnce(u"/a/b.gatehouse"_s, u"cannot read"_s),
             u"/a/b.gatehouse: cannot read"_s);
    QCOMPARE(FileMessages::namingFileOnce(u"/a/b.gatehouse"_s, u"/a/b.gatehouse: damaged"_s),
             u"/a/b.gatehouse: damaged"_s);
    auto window = makeWindow();
    const QString path = m_dir.filePath(u"missing.gatehouse"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a project at all");
    file.close();
    QVERIFY(!window->files()->open(path));
    QCOMPARE(m_script->errors.size(), 1);
    QCOMPARE(occurrences(m_script->errors.first(), u"missing.gatehouse"_s), 1);
}

QTEST_MAIN(tst_ConfigImport)
#include "tst_configimport.moc"
