#include "FileController.h"

#include "Autosaver.h"
#include "ConfigImportController.h"
#include "EditorSession.h"
#include "ExternalChangeWatcher.h"
#include "FileMessages.h"
#include "ProjectProblems.h"
#include "RecentFiles.h"
#include "RecoveryFile.h"
#include "SuiteExportController.h"
#include "audit/AccessChangePlan.h"
#include "model/DemoProject.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QString demoOfferedKey = u"demoOffered"_s;
// The file the editor last had open, so that a start without a file after a
// crash still finds that file's recovery.
const QString lastFileKey = u"session/lastFile"_s;
} // namespace

FileController::FileController(EditorSession *session, std::unique_ptr<Prompter> prompter,
                               QObject *parent)
    : QObject(parent), m_session(session), m_prompter(std::move(prompter)),
      m_autosaver(new Autosaver(session, this)),
      m_externalChanges(new ExternalChangeWatcher(session, *m_prompter, this)),
      m_new(new QAction(tr("&New"), this)), m_open(new QAction(tr("&Open..."), this)),
      m_save(new QAction(tr("&Save"), this)), m_saveAs(new QAction(tr("Save &As..."), this)),
      m_recentMenu(new QMenu(tr("Open &Recent"))),
      m_configs(new ConfigImportController(session, this, *m_prompter)),
      m_suites(new SuiteExportController(session, *m_prompter, this)),
      m_accessPlan(new AccessChangePlan(session, this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_new->setStatusTip(tr("Start an empty project"));
    m_open->setStatusTip(tr("Open a project file"));
    m_save->setStatusTip(tr("Save the project to its file"));
    m_saveAs->setStatusTip(tr("Save the project to a new file"));
    connect(m_new, &QAction::triggered, this, &FileController::newProject);
    connect(m_open, &QAction::triggered, this, [this] { open({}); });
    connect(m_save, &QAction::triggered, this, &FileController::save);
    connect(m_saveAs, &QAction::triggered, this, &FileController::saveAs);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileController::rebuildRecentMenu);
    connect(m_session, &EditorSession::filePathChanged, this, [](const QString &path) {
        if (!path.isEmpty())
            QSettings().setValue(lastFileKey, QFileInfo(path).absoluteFilePath());
    });
    connect(m_externalChanges, &ExternalChangeWatcher::statusMessage, this,
            &FileController::statusMessage);
    connect(m_configs, &ConfigImportController::statusMessage, this,
            &FileController::statusMessage);
    connect(m_suites, &SuiteExportController::statusMessage, this, &FileController::statusMessage);
    connect(m_autosaver, &Autosaver::autosaveFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Autosave failed: %1").arg(message));
    });
}

FileController::~FileController()
{
    delete m_recentMenu;
}

void FileController::startUp(const QString &path, bool demo)
{
    QSettings settings;
    const bool firstStart =
        !settings.value(demoOfferedKey, false).toBool() && RecentFiles::list().isEmpty();
    if (!path.isEmpty() && open(path))
        return;
    if (path.isEmpty() && offerLastFileRecovery())
        return;
    if (offerRecovery({}))
        return;
    if (demo || firstStart) {
        settings.setValue(demoOfferedKey, true);
        if (openDemo())
            return;
    }
    if (Result<> started = m_session->startUnsaved(Project::makeEmpty(tr("Untitled"))); !started)
        reportError(tr("Cannot Start a Project"), started.errorMessage());
}

bool FileController::newProject()
{
    if (!maybeSave())
        return false;
    closeCleanly();
    return m_session->startUnsaved(Project::makeEmpty(tr("Untitled"))).ok();
}

bool FileController::openDemo()
{
    Result<Project> demo = DemoProject::build();
    if (!demo) {
        reportError(tr("Cannot Build the Demo"), demo.errorMessage());
        return false;
    }
    return m_session->startUnsaved(std::move(demo).value()).ok();
}

bool FileController::open(const QString &requestedPath)
{
    if (!maybeSave())
        return false;
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString folder = QFileInfo(m_session->filePath()).absolutePath();
        path = m_prompter->askOpenPath(m_session->filePath().isEmpty() ? QDir::homePath() : folder);
        if (path.isEmpty())
            return false;
    }
    // The lock this window holds on its own file is no other instance's.
    if (!m_session->holdsLockOn(path) && EditorSession::isHeldByAnotherInstance(path) &&
        !m_prompter->askOpenLockedFile(path))
        return false;
    if (ConfigImportController::isConfig(path))
        return m_configs->offerImport(path);
    closeCleanly();
    if (offerRecovery(path))
        return true;
    return openWithoutPrompt(path);
}

bool FileController::openWithoutPrompt(const QString &path)
{
    if (Result<> opened = m_session->open(path); !opened) {
        RecentFiles::remove(path);
        reportError(tr("Cannot Open Project"),
                    FileMessages::namingFileOnce(path, opened.errorMessage()));
        return false;
    }
    RecentFiles::add(path);
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString FileController::lastFilePath()
{
    return QSettings().value(lastFileKey).toString();
}

bool FileController::offerLastFileRecovery()
{
    const QString last = lastFilePath();
    // A live instance that holds the file owns its recovery file too.
    if (last.isEmpty() || !RecoveryFile(last).isNewerThanDocument() ||
        EditorSession::isHeldByAnotherInstance(last))
        return false;
    // Restore, or discard and open the saved file, as the question says.
    return open(last);
}

bool FileController::offerRecovery(const QString &path)
{
    const RecoveryFile recovery(path);
    if (!recovery.isNewerThanDocument())
        return false;
    const QString name = path.isEmpty() ? tr("an untitled project") : QFileInfo(path).fileName();
    if (!m_prompter->askRestoreRecovery(name, recovery.lastModified())) {
        recovery.remove();
        return false;
    }
    Result<Project> recovered = recovery.read(m_session->store());
    if (!recovered) {
        reportError(tr("Cannot Restore"), recovered.errorMessage());
        return false;
    }
    if (!m_session->openWithContent(path, std::move(recovered).value()))
        return false;
    if (!path.isEmpty())
        RecentFiles::add(path);
    emit statusMessage(tr("Restored unsaved changes"));
    return true;
}

bool FileController::save()
{
    if (m_session->filePath().isEmpty())
        return saveAs();
    if (!confirmSaveWithErrors())
        return false;
    // Opened although another instance held it: that one may still have it.
    if (m_session->isLockedElsewhere() &&
        EditorSession::isHeldByAnotherInstance(m_session->filePath()) &&
        !m_prompter->askSaveOverLockedFile(m_session->filePath()))
        return false;
    // What another program saved since is taken in first, so this save keeps it.
    m_externalChanges->checkNow();
    if (!confirmAccessChanges(tr("Save")))
        return false;
    if (Result<> saved = m_session->save(); !saved) {
        reportError(tr("Cannot Save Project"), saved.errorMessage());
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_session->filePath())));
    return true;
}

bool FileController::saveAs()
{
    if (!confirmSaveWithErrors() || !confirmAccessChanges(tr("Save")))
        return false;
    const QString suggested =
        m_session->filePath().isEmpty()
            ? QDir::home().filePath(m_session->displayName() + u".gatehouse"_s)
            : m_session->filePath();
    const QString path = m_prompter->askSavePath(suggested);
    if (path.isEmpty())
        return false;
    if (!m_session->holdsLockOn(path) && EditorSession::isHeldByAnotherInstance(path) &&
        !m_prompter->askSaveOverLockedFile(path))
        return false;
    if (Result<> saved = m_session->saveAs(path); !saved) {
        reportError(tr("Cannot Save Project"),
                    FileMessages::namingFileOnce(path, saved.errorMessage()));
        return false;
    }
    RecentFiles::add(path);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileController::maybeSave()
{
    if (!m_session->isModified())
        return true;
    switch (m_prompter->askSaveChanges(m_session->displayName())) {
    case Prompter::SaveChoice::Save:
        return save();
    case Prompter::SaveChoice::Discard:
        return true;
    case Prompter::SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool FileController::confirmSaveWithErrors()
{
    const ProjectProblems *problems = m_session->problems();
    if (problems->errorCount() == 0)
        return true;
    switch (m_prompter->askSaveWithErrors(m_session->displayName(), problems->summary())) {
    case Prompter::ErrorsChoice::SaveAnyway:
        return true;
    case Prompter::ErrorsChoice::ShowProblems:
        emit problemsRequested();
        return false;
    case Prompter::ErrorsChoice::Cancel:
        return false;
    }
    return false;
}

bool FileController::confirmAccessChanges(const QString &action)
{
    const std::optional<QList<audit::MatrixChange>> changes =
        m_accessPlan->changesWithProgress(qobject_cast<QWidget *>(parent()));
    if (!changes) {
        emit statusMessage(tr("Nothing written: the comparison of access was cancelled"));
        return false;
    }
    if (changes->isEmpty() ||
        m_prompter->askAccessChanges(m_session->displayName(), action, *changes))
        return true;
    emit statusMessage(tr("Nothing written: the access changes were not confirmed"));
    return false;
}

void FileController::closeCleanly()
{
    m_autosaver->discardRecovery();
}

void FileController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentFiles::list();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No Recent Projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [] { RecentFiles::clear(); });
}

void FileController::reportError(const QString &title, const QString &message)
{
    emit statusMessage(message);
    m_prompter->showError(title, message);
}

} // namespace gatehouse
