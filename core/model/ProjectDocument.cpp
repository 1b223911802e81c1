#include "ProjectDocument.h"

#include "TokenMerge.h"

#include "ProjectValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ProjectDocument::ProjectDocument(QObject *parent)
    : ProjectDocument(Project::makeEmpty(u"Untitled"_s), parent)
{
}

ProjectDocument::ProjectDocument(Project project, QObject *parent)
    : QObject(parent), m_snapshot(std::make_shared<const Project>(std::move(project)))
{
}

template <typename Notify>
Result<> ProjectDocument::commit(Project candidate, Notify notify)
{
    const QString problem = ProjectValidator::firstError(candidate);
    if (!problem.isEmpty())
        return Error{problem};
    m_snapshot = std::make_shared<const Project>(std::move(candidate));
    notify();
    emit changed();
    return {};
}

Result<> ProjectDocument::checkIndex(int index, qsizetype size, const char *what) const
{
    if (index < 0 || index >= size)
        return Error{u"no %1 at position %2"_s.arg(QString::fromLatin1(what)).arg(index + 1)};
    return {};
}

Result<> ProjectDocument::resetProject(Project project)
{
    return commit(std::move(project), [this] { emit projectReset(); });
}

Result<> ProjectDocument::setName(const QString &name)
{
    Project p = project();
    p.name = name;
    return commit(std::move(p), [this] { emit nameChanged(); });
}

Result<> ProjectDocument::setSettings(const ProjectSettings &settings)
{
    Project p = project();
    p.settings = settings;
    return commit(std::move(p), [this] { emit settingsChanged(); });
}

Result<> ProjectDocument::setAcceptedFindings(const QList<AcceptedFinding> &accepted)
{
    Project p = project();
    p.acceptedFindings = accepted;
    return commit(std::move(p), [this] { emit acceptedFindingsChanged(); });
}

Result<> ProjectDocument::setSavedRequests(const QList<SavedRequest> &requests)
{
    Project p = project();
    p.savedRequests = requests;
    return commit(std::move(p), [this] { emit savedRequestsChanged(); });
}

template <typename T>
Result<> ProjectDocument::insertInto(QList<T> Project::*list, int index, const T &item,
                                     const char *what, void (ProjectDocument::*signal)(int))
{
    if (auto r = checkIndex(index, (project().*list).size() + 1, what); !r)
        return r;
    Project p = project();
    (p.*list).insert(index, item);
    return commit(std::move(p), [=, this] { emit(this->*signal)(index); });
}

template <typename T>
Result<> ProjectDocument::removeFrom(QList<T> Project::*list, int index, const char *what,
                                     void (ProjectDocument::*signal)(int))
{
    if (auto r = checkIndex(index, (project().*list).size(), what); !r)
        return r;
    Project p = project();
    (p.*list).removeAt(index);
    return commit(std::move(p), [=, this] { emit(this->*signal)(index); });
}

template <typename T>
Result<> ProjectDocument::replaceIn(QList<T> Project::*list, int index, const T &item,
                                    const char *what, void (ProjectDocument::*signal)(int))
{
    if (auto r = checkIndex(index, (project().*list).size(), what); !r)
        return r;
    Project p = project();
    (p.*list)[index] = item;
    return commit(std::move(p), [=, this] { emit(this->*signal)(index); });
}

Result<> ProjectDocument::insertWorkflow(int index, const Workflow &item)
{
    return insertInto(&Project::workflows, index, item, "workflow",
                      &ProjectDocument::workflowInserted);
}

Result<> ProjectDocument::removeWorkflow(int index)
{
    return removeFrom(&Project::workflows, index, "workflow", &ProjectDocument::workflowRemoved);
}

Result<> ProjectDocument::replaceWorkflow(int index, const Workflow &item)
{
    return replaceIn(&Project::workflows, index, item, "workflow",
                     &ProjectDocument::workflowChanged);
}

Result<> ProjectDocument::moveWorkflow(int from, int to)
{
    const auto size = project().workflows.size();
    if (auto r = checkIndex(from, size, "workflow"); !r)
        return r;
    if (auto r = checkIndex(to, size, "workflow"); !r)
        return r;
    Project p = project();
    p.workflows.move(from, to);
    return commit(std::move(p), [this, from, to] { emit workflowMoved(from, to); });
}

Result<> ProjectDocument::renameWorkflow(int index, const QString &newName)
{
    if (auto r = checkIndex(index, project().workflows.size(), "workflow"); !r)
        return r;
    Project p = project();
    const QString oldName = p.workflows.at(index).name;
    p.workflows[index].name = newName;
    for (Workflow &workflow : p.workflows) {
        for (Action &action : workflow.actions) {
            if (action.kind == ActionKind::ScheduleWorkflow && action.workflow == oldName)
                action.workflow = newName;
        }
    }
    for (Token &token : p.tokens)
        token.scopes.workflows.replaceInStrings(oldName, newName);
    // An accepted finding at the workflow (or its steps) stays accepted.
    for (AcceptedFinding &accepted : p.acceptedFindings)
        accepted.movePath(u"workflows/"_s + oldName, u"workflows/"_s + newName);
    return commit(std::move(p), [this] { emit projectReset(); });
}

Result<> ProjectDocument::insertDataType(int index, const DataType &item)
{
    return insertInto(&Project::dataTypes, index, item, "data type",
                      &ProjectDocument::dataTypeInserted);
}

Result<> ProjectDocument::removeDataType(int index)
{
    return removeFrom(&Project::dataTypes, index, "data type", &ProjectDocument::dataTypeRemoved);
}

Result<> ProjectDocument::replaceDataType(int index, const DataType &item)
{
    return replaceIn(&Project::dataTypes, index, item, "data type",
                     &ProjectDocument::dataTypeChanged);
}

Result<> ProjectDocument::insertToken(int index, const Token &item)
{
    const Token kept = withRevocationInFile(item);
    Result<> done =
        insertInto(&Project::tokens, index, kept, "token", &ProjectDocument::tokenInserted);
    if (done && kept.revoked != item.revoked)
        emit revocationStands(item.name);
    return done;
}

Result<> ProjectDocument::removeToken(int index)
{
    return removeFrom(&Project::tokens, index, "token", &ProjectDocument::tokenRemoved);
}

Result<> ProjectDocument::replaceToken(int index, const Token &item)
{
    const Token kept = withRevocationInFile(item);
    Result<> done =
        replaceIn(&Project::tokens, index, kept, "token", &ProjectDocument::tokenChanged);
    if (done && kept.revoked != item.revoked)
        emit revocationStands(item.name);
    return done;
}

Token ProjectDocument::withRevocationInFile(const Token &token) const
{
    return TokenMerge::keepRevocations({token}, m_tokensInFile).constFirst();
}

Result<> ProjectDocument::insertRecord(int index, const Record &item)
{
    return insertInto(&Project::records, index, item, "record", &ProjectDocument::recordInserted);
}

Result<> ProjectDocument::removeRecord(int index)
{
    return removeFrom(&Project::records, index, "record", &ProjectDocument::recordRemoved);
}

Result<> ProjectDocument::replaceRecord(int index, const Record &item)
{
    return replaceIn(&Project::records, index, item, "record", &ProjectDocument::recordChanged);
}

} // namespace gatehouse
