#pragma once

#include "files/ProjectStore.h"
#include "model/ProjectDocument.h"

#include <QLockFile>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace gatehouse {

class DocumentCommand;
class ProjectAudit;
class RunSecrets;
class ProjectProblems;

// One open project: the document, its undo stack, the file it came from and
// the lock on that file. "Modified" is the undo stack's clean state, or true
// for content that never was in the file (a restored recovery file).
class EditorSession : public QObject
{
    Q_OBJECT

public:
    explicit EditorSession(std::shared_ptr<ProjectStore> store = {}, QObject *parent = nullptr);
    ~EditorSession() override;

    ProjectDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The project's problems, found again after every edit.
    ProjectProblems *problems() const { return m_problems; }
    // The project's security audit, run again a moment after each edit.
    ProjectAudit *audit() const { return m_audit; }
    // Secrets of tokens created or rotated in this run, in memory only.
    RunSecrets *runSecrets() const { return m_runSecrets; }
    ProjectStore &store() const { return *m_store; }

    // Runs the command and keeps it on the stack, or drops it and returns the
    // document's refusal (also emitted as editFailed).
    Result<> push(DocumentCommand *command);

    // Replaces the project by one not yet in any file (new, demo).
    Result<> startUnsaved(Project project);
    Result<> open(const QString &path);
    // Opens `path` with content from elsewhere (a recovery file): modified.
    Result<> openWithContent(const QString &path, Project project);
    Result<> save();
    Result<> saveAs(const QString &path);

    QString filePath() const { return m_filePath; }
    // The file's name, or the project's name while it has no file.
    QString displayName() const;
    bool isModified() const;
    // True when another instance held the file's lock when it was opened.
    bool isLockedElsewhere() const { return m_lockedElsewhere; }
    // Whether `path` names the file this session has open.
    bool isCurrentFile(const QString &path) const;
    // Whether this session holds the lock of `path` itself: opening or saving
    // to it again is no conflict with another instance.
    bool holdsLockOn(const QString &path) const;
    // Whether some other process holds the lock of `path` now.
    static bool isHeldByAnotherInstance(const QString &path);
    static QString lockPathFor(const QString &path);

signals:
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void editFailed(const QString &message);
    void saved(const QString &path);
    // A project replaced the last one (new, demo, open, reload, recovery);
    // `path` may be empty.
    void opened(const QString &path);
    // Undo or redo (not a new edit) changed this workflow and step (-1: the
    // workflow itself), for the selection to show it.
    void replayed(int workflow, int step);

private:
    Result<> replaceProject(Project project, const QString &path, bool modified);
    void takeLock(const QString &path);
    void setForcedModified(bool modified);
    void onIndexChanged(int index);

    std::shared_ptr<ProjectStore> m_store;
    ProjectDocument *m_document;
    QUndoStack *m_undoStack;
    ProjectProblems *m_problems;
    ProjectAudit *m_audit;
    RunSecrets *m_runSecrets;
    QString m_filePath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_lockedElsewhere = false;
    bool m_forcedModified = false;
    bool m_pushing = false;
    int m_lastIndex = 0;
};

} // namespace gatehouse
