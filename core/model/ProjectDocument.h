#pragma once

#include "Project.h"
#include "Result.h"

#include <QObject>

#include <memory>

namespace gatehouse {

// The one owner of a project's state. Every edit goes through a method here;
// the document checks the model's invariants (ProjectValidator) and refuses
// an edit that breaks one, leaving the project as it was. After each edit it
// publishes a new immutable snapshot and emits signals that panels follow.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    explicit ProjectDocument(Project project, QObject *parent = nullptr);

    const Project &project() const { return *m_snapshot; }
    // The project as it stands, shared and immutable: a reader keeps the one
    // it took, however the document changes after.
    std::shared_ptr<const Project> snapshot() const { return m_snapshot; }

    Result<> resetProject(Project project);
    Result<> setName(const QString &name);
    Result<> setSettings(const ProjectSettings &settings);
    // The audit findings a reviewer accepted, as one list (the Audit panel's
    // accept and withdraw).
    Result<> setAcceptedFindings(const QList<AcceptedFinding> &accepted);
    // The saved requests as one list: those another program saved to the
    // file, merged in (ExternalChangeWatcher).
    Result<> setSavedRequests(const QList<SavedRequest> &requests);

    Result<> insertWorkflow(int index, const Workflow &workflow);
    Result<> removeWorkflow(int index);
    Result<> replaceWorkflow(int index, const Workflow &workflow);
    Result<> moveWorkflow(int from, int to);
    // Renames and updates what refers to the workflow by name (schedule
    // steps, token scopes).
    Result<> renameWorkflow(int index, const QString &newName);

    Result<> insertDataType(int index, const DataType &type);
    Result<> removeDataType(int index);
    Result<> replaceDataType(int index, const DataType &type);

    // A token the project file holds revoked stays revoked here whatever
    // an edit says (an undo of a saved revocation), as it does in the file
    // and on the server; revocationStands() says so.
    Result<> insertToken(int index, const Token &token);
    Result<> removeToken(int index);
    Result<> replaceToken(int index, const Token &token);
    // The tokens the project file holds, as last read or saved.
    void setTokensInFile(const QList<Token> &tokens) { m_tokensInFile = tokens; }

    Result<> insertRecord(int index, const Record &record);
    Result<> removeRecord(int index);
    Result<> replaceRecord(int index, const Record &record);

signals:
    void projectReset();
    void nameChanged();
    void settingsChanged();
    void acceptedFindingsChanged();
    void savedRequestsChanged();
    void workflowInserted(int index);
    void workflowRemoved(int index);
    void workflowChanged(int index);
    void workflowMoved(int from, int to);
    void dataTypeInserted(int index);
    void dataTypeRemoved(int index);
    void dataTypeChanged(int index);
    void tokenInserted(int index);
    void tokenRemoved(int index);
    void tokenChanged(int index);
    // An edit would have taken back a revocation the file holds; it stands.
    void revocationStands(const QString &tokenName);
    void recordInserted(int index);
    void recordRemoved(int index);
    void recordChanged(int index);
    // After every edit, whatever it was.
    void changed();

private:
    // `token` with the file's revocation of it, when the file holds one.
    Token withRevocationInFile(const Token &token) const;
    // Checks `candidate`; when it holds, makes it the project, publishes and
    // runs `notify` to emit the precise signal.
    template <typename Notify>
    Result<> commit(Project candidate, Notify notify);
    Result<> checkIndex(int index, qsizetype size, const char *what) const;
    // The shared shapes of insert, remove and replace over the project's lists.
    template <typename T>
    Result<> insertInto(QList<T> Project::*list, int index, const T &item, const char *what,
                        void (ProjectDocument::*signal)(int));
    template <typename T>
    Result<> removeFrom(QList<T> Project::*list, int index, const char *what,
                        void (ProjectDocument::*signal)(int));
    template <typename T>
    Result<> replaceIn(QList<T> Project::*list, int index, const T &item, const char *what,
                       void (ProjectDocument::*signal)(int));

    std::shared_ptr<const Project> m_snapshot;
    QList<Token> m_tokensInFile;
};

} // namespace gatehouse
