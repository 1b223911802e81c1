#pragma once

// Shared by the editor's tests: a store that works before the storage layer
// lands, a prompter that answers from a script, isolated settings, and the
// editor's window on the saved demo project with its Request panel.

#include "MainWindow.h"
#include "audit/MatrixDiff.h"
#include "files/FileController.h"
#include "files/ProjectFileStore.h"
#include "files/Prompter.h"
#include "model/DemoProject.h"
#include "server/RequestPanel.h"
#include "server/TestServerController.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

namespace gatehouse::test {

// Keeps projects in memory by path and touches the file on disk, so file
// times, locks and recovery behave as with a real project file.
class MemoryStore : public ProjectStore
{
public:
    Result<Project> load(const QString &path) override
    {
        if (!m_projects.contains(path) || !QFile::exists(path))
            return Error{QStringLiteral("no project at `%1`").arg(path)};
        return m_projects.value(path);
    }
    Result<> save(const Project &project, const QString &path) override
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{file.errorString()};
        file.write("gatehouse test project\n");
        m_projects.insert(path, project);
        return {};
    }

private:
    QHash<QString, Project> m_projects;
};

// The real project file once the storage layer is built in; memory before.
inline std::shared_ptr<ProjectStore> makeStore()
{
    static std::shared_ptr<ProjectStore> shared =
        ProjectFileStore::isAvailable()
            ? std::shared_ptr<ProjectStore>(std::make_shared<ProjectFileStore>())
            : std::make_shared<MemoryStore>();
    return shared;
}

struct Script
{
    using SaveChoice = Prompter::SaveChoice;
    SaveChoice saveChoice = SaveChoice::Discard;
    bool restoreRecovery = true;
    bool openLocked = false;
    bool saveOverLocked = false;
    QString savePath;
    QString openPath; // what the Open dialog answers
    int recoveryOffers = 0;
    int lockWarnings = 0;
    int saveLockWarnings = 0;
    int saveQuestions = 0;
    bool reloadChanged = false;
    int reloadOffers = 0;
    Prompter::ErrorsChoice errorsChoice = Prompter::ErrorsChoice::SaveAnyway;
    int errorsQuestions = 0;
    bool importConfig = true;
    int importOffers = 0;
    QString configOpenPath;
    QString configSavePath;
    QStringList errors;
    // The plan before save: the answer, and each plan's changes as shown.
    bool acceptAccessChanges = true;
    QList<QStringList> accessPlans;
    QList<QList<bool>> accessPlansGrow;
    QStringList accessActions;
    QString exportPath;
    bool resetLiveData = true;
    int resetLiveDataQuestions = 0;
    bool resetLiveDataHadUnsavedEdits = false;
};

class ScriptedPrompter : public Prompter
{
public:
    explicit ScriptedPrompter(std::shared_ptr<Script> script) : m_script(std::move(script)) {}

    SaveChoice askSaveChanges(const QString &) override
    {
        ++m_script->saveQuestions;
        return m_script->saveChoice;
    }
    bool askRestoreRecovery(const QString &, const QDateTime &) override
    {
        ++m_script->recoveryOffers;
        return m_script->restoreRecovery;
    }
    bool askOpenLockedFile(const QString &) override
    {
        ++m_script->lockWarnings;
        return m_script->openLocked;
    }
    bool askSaveOverLockedFile(const QString &) override
    {
        ++m_script->saveLockWarnings;
        return m_script->saveOverLocked;
    }
    bool askReloadChangedFile(const QString &, bool) override
    {
        ++m_script->reloadOffers;
        return m_script->reloadChanged;
    }
    QString askOpenPath(const QString &) override { return m_script->openPath; }
    QString askSavePath(const QString &) override { return m_script->savePath; }
    void showError(const QString &, const QString &message) override
    {
        m_script->errors.append(message);
    }
    ErrorsChoice askSaveWithErrors(const QString &, const QString &) override
    {
        ++m_script->errorsQuestions;
        return m_script->errorsChoice;
    }
    bool askImportConfig(const QString &) override
    {
        ++m_script->importOffers;
        return m_script->importConfig;
    }
    QString askConfigOpenPath(const QString &) override { return m_script->configOpenPath; }
    QString askConfigSavePath(const QString &) override { return m_script->configSavePath; }
    bool askAccessChanges(const QString &, const QString &action,
                          const QList<audit::MatrixChange> &changes) override
    {
        QStringList texts;
        QList<bool> grows;
        for (const audit::MatrixChange &change : changes) {
            texts << change.text;
            grows << change.grows;
        }
        m_script->accessPlans << texts;
        m_script->accessPlansGrow << grows;
        m_script->accessActions << action;
        return m_script->acceptAccessChanges;
    }
    QString askExportPath(const QString &, const QString &) override
    {
        return m_script->exportPath;
    }
    bool askResetLiveData(const QString &, bool hasUnsavedEdits) override
    {
        ++m_script->resetLiveDataQuestions;
        m_script->resetLiveDataHadUnsavedEdits = hasUnsavedEdits;
        return m_script->resetLiveData;
    }

private:
    std::shared_ptr<Script> m_script;
};

// Settings and data folders of the test, never the user's.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
    // One settings file (and data folder) per test program: ctest runs them
    // side by side, and one's clear() must not wipe what another just wrote.
    QCoreApplication::setApplicationName(
        QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    QSettings().clear();
}

// Before each test function: no settings left from the last, and the test
// server on any free port (8080 may be anyone's on the machine running them).
inline void clearSettingsForTestServer()
{
    QSettings().clear();
    QSettings().setValue(TestServerController::portSettingsKey(), 0);
}

// The editor's window answering from `script`, on the test's store and
// without the saved layout, shown (at `size`, when given) and active.
inline std::unique_ptr<MainWindow> scriptedWindow(const std::shared_ptr<Script> &script,
                                                  QSize size = {})
{
    MainWindow::Options options;
    options.store = makeStore();
    options.prompter = std::make_unique<ScriptedPrompter>(script);
    options.restoreLayout = false;
    auto window = std::make_unique<MainWindow>(std::move(options));
    if (size.isValid())
        window->resize(size);
    window->show();
    QApplication::setActiveWindow(window.get());
    return window;
}

// That window on the demo project, saved as `path` when one is given; null
// when the demo did not open or the save failed.
inline std::unique_ptr<MainWindow> demoWindow(const std::shared_ptr<Script> &script,
                                              const QString &path = {}, QSize size = {})
{
    auto window = scriptedWindow(script, size);
    if (!window->files()->openDemo())
        return {};
    if (path.isEmpty())
        return window;
    script->savePath = path;
    if (!window->files()->saveAs())
        return {};
    return window;
}

// Selects `workflow` and opens the Request panel from the View menu, as a
// person would; null when there is no such workflow or menu entry.
inline RequestPanel *openRequestPanel(MainWindow &window, const QString &workflow)
{
    if (!window.selectWorkflow(workflow))
        return nullptr;
    auto *show = window.menuBar()->findChild<QAction *>(QStringLiteral("showRequestPanel"));
    if (!show)
        return nullptr;
    show->trigger();
    return window.requestPanel();
}

// Presses Send and waits for the answer and its trace.
inline bool sendAndWait(RequestPanel *panel)
{
    QSignalSpy finished(panel, &RequestPanel::finished);
    panel->sendButton()->click();
    return finished.count() > 0 || finished.wait(10000);
}

inline Project demoProject()
{
    Result<Project> demo = DemoProject::build();
    Q_ASSERT(demo.ok());
    return demo.value();
}

} // namespace gatehouse::test
