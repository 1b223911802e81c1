#include "EditorSession.h"

#include "ProjectProblems.h"
#include "audit/ProjectAudit.h"
#include "commands/DocumentCommand.h"
#include "files/ProjectFileStore.h"
#include "tokens/RunSecrets.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

EditorSession::EditorSession(std::shared_ptr<ProjectStore> store, QObject *parent)
    : QObject(parent), m_store(store ? std::move(store) : std::make_shared<ProjectFileStore>()),
      m_document(new ProjectDocument(this)), m_undoStack(new QUndoStack(this)),
      m_problems(new ProjectProblems(m_document, this)),
      m_audit(new ProjectAudit(m_document, this)), m_runSecrets(new RunSecrets(this))
{
    // Another file or project: the secrets seen in this run are not its.
    connect(this, &EditorSession::filePathChanged, m_runSecrets, &RunSecrets::forgetAll);
    // The file's mode is checked too (GH403): audit again once it is saved.
    connect(this, &EditorSession::filePathChanged, m_audit, &ProjectAudit::setProjectFilePath);
    connect(this, &EditorSession::saved, m_audit, &ProjectAudit::setProjectFilePath);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { emit modifiedChanged(isModified()); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &EditorSession::onIndexChanged);
}

void EditorSession::onIndexChanged(int index)
{
    const int last = std::exchange(m_lastIndex, index);
    if (m_pushing || index == last)
        return;
    // Undo took back the command at `index`; redo did the one before it.
    const int changed = index < last ? index : index - 1;
    if (const auto *command = dynamic_cast<const DocumentCommand *>(m_undoStack->command(changed)))
        emit replayed(command->placeWorkflow(), command->placeStep());
}

EditorSession::~EditorSession() = default;

Result<> EditorSession::push(DocumentCommand *command)
{
    QString failure;
    command->setFailureSink(&failure);
    m_pushing = true;
    m_undoStack->push(command); // may delete the command
    m_pushing = false;
    if (!failure.isEmpty()) {
        emit editFailed(failure);
        return Error{failure};
    }
    return {};
}

Result<> EditorSession::startUnsaved(Project project)
{
    m_runSecrets->forgetAll();
    return replaceProject(std::move(project), QString(), false);
}

Result<> EditorSession::open(const QString &path)
{
    Result<Project> loaded = m_store->load(path);
    if (!loaded)
        return loaded.error();
    return replaceProject(std::move(loaded).value(), path, false);
}

Result<> EditorSession::openWithContent(const QString &path, Project project)
{
    return replaceProject(std::move(project), path, true);
}

Result<> EditorSession::replaceProject(Project project, const QString &path, bool modified)
{
    if (Result<> reset = m_document->resetProject(std::move(project)); !reset)
        return reset;
    m_pushing = true; // clearing is no undo
    m_undoStack->clear();
    m_undoStack->setClean();
    m_pushing = false;
    m_lastIndex = 0;
    takeLock(path);
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(path);
    }
    setForcedModified(modified);
    emit modifiedChanged(isModified());
    emit opened(path);
    return {};
}

Result<> EditorSession::save()
{
    if (m_filePath.isEmpty())
        return Error{tr("the project has no file yet: use Save As")};
    return saveAs(m_filePath);
}

Result<> EditorSession::saveAs(const QString &path)
{
    if (Result<> written = m_store->save(m_document->project(), path); !written)
        return written;
    takeLock(path); // also retries a lock another instance held at open
    if (path != m_filePath) {
        m_filePath = path;
        emit filePathChanged(path);
    }
    setForcedModified(false);
    m_undoStack->setClean();
    emit modifiedChanged(isModified());
    emit saved(path);
    return {};
}

QString EditorSession::displayName() const
{
    if (m_filePath.isEmpty())
        return m_document->project().name;
    return QFileInfo(m_filePath).fileName();
}

bool EditorSession::isModified() const
{
    return m_forcedModified || !m_undoStack->isClean();
}

void EditorSession::setForcedModified(bool modified)
{
    m_forcedModified = modified;
}

bool EditorSession::isCurrentFile(const QString &path) const
{
    return !path.isEmpty() && !m_filePath.isEmpty() &&
           QFileInfo(path).absoluteFilePath() == QFileInfo(m_filePath).absoluteFilePath();
}

bool EditorSession::holdsLockOn(const QString &path) const
{
    return m_lock && !m_lockedElsewhere && isCurrentFile(path);
}

QString EditorSession::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(u"."_s + info.fileName() + u".lock"_s);
}

bool EditorSession::isHeldByAnotherInstance(const QString &path)
{
    QLockFile probe(lockPathFor(path));
    probe.setStaleLockTime(0); // a lock left by a dead process is stale
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

void EditorSession::takeLock(const QString &path)
{
    if (m_lock && m_filePath == path)
        return;
    m_lock.reset();
    m_lockedElsewhere = false;
    if (path.isEmpty())
        return;
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        m_lock = std::move(lock);
    else
        m_lockedElsewhere = lock->error() == QLockFile::LockFailedError;
}

} // namespace gatehouse
