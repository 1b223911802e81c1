#pragma once

#include "Prompter.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;

namespace gatehouse {

class AccessChangePlan;
class Autosaver;
class ConfigImportController;
class SuiteExportController;
class EditorSession;
class ExternalChangeWatcher;

// New, open, save, save as, recent files, the save prompt, the lock warning
// and the recovery offer: everything between the session and the disk.
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(EditorSession *session, std::unique_ptr<Prompter> prompter,
                   QObject *parent = nullptr);
    ~FileController() override;

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recentMenu; }
    Autosaver *autosaver() const { return m_autosaver; }
    ExternalChangeWatcher *externalChanges() const { return m_externalChanges; }
    Prompter &prompter() const { return *m_prompter; }
    ConfigImportController *configs() const { return m_configs; }
    SuiteExportController *suites() const { return m_suites; }

    // What to open at start: `path` when given, else the demo on first start
    // (or when `demo`), else an empty project. Without `path`, offers the
    // recovery of the file last open (after a crash), then an untitled one.
    void startUp(const QString &path, bool demo);
    bool newProject();
    bool openDemo();
    bool open(const QString &path);
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // The document is about to close on purpose: no recovery needed.
    void closeCleanly();
    // The file the editor last had open (QSettings), empty if none.
    static QString lastFilePath();

    // Plan before save (issue 15): when the edits change access since the
    // last save or open, asks whether to go on with `action`; true if so.
    bool confirmAccessChanges(const QString &action);
    AccessChangePlan *accessPlan() const { return m_accessPlan; }

signals:
    void statusMessage(const QString &message);
    // The user chose to see the problems instead of saving with errors.
    void problemsRequested();

private:
    bool openWithoutPrompt(const QString &path);
    bool offerRecovery(const QString &path);
    bool offerLastFileRecovery();
    void rebuildRecentMenu();
    void reportError(const QString &title, const QString &message);
    // False when the project has errors and the user does not save anyway.
    bool confirmSaveWithErrors();

    EditorSession *m_session;
    std::unique_ptr<Prompter> m_prompter;
    Autosaver *m_autosaver;
    ExternalChangeWatcher *m_externalChanges;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recentMenu;
    ConfigImportController *m_configs;
    SuiteExportController *m_suites;
    AccessChangePlan *m_accessPlan;
};

} // namespace gatehouse
