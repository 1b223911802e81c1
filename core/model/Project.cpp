#include "Project.h"

namespace gatehouse {

namespace {
template <typename List, typename Key>
int indexWhere(const List &list, Key key)
{
    for (int i = 0; i < list.size(); ++i) {
        if (key(list.at(i)))
            return i;
    }
    return -1;
}

template <typename List>
auto *pointerAt(const List &list, int index)
{
    return index < 0 ? nullptr : &list.at(index);
}
} // namespace

int Project::indexOfDataType(const QString &typeName) const
{
    return indexWhere(dataTypes, [&](const DataType &t) { return t.name == typeName; });
}

int Project::indexOfWorkflow(const QString &workflowName) const
{
    return indexWhere(workflows, [&](const Workflow &w) { return w.name == workflowName; });
}

int Project::indexOfToken(const QString &tokenName) const
{
    return indexWhere(tokens, [&](const Token &t) { return t.name == tokenName; });
}

int Project::indexOfRecord(const QString &id) const
{
    return indexWhere(records, [&](const Record &r) { return r.id == id; });
}

int Project::indexOfSavedRequest(const QString &requestName) const
{
    return indexWhere(savedRequests, [&](const SavedRequest &r) { return r.name == requestName; });
}

const DataType *Project::findDataType(const QString &typeName) const
{
    return pointerAt(dataTypes, indexOfDataType(typeName));
}

const Workflow *Project::findWorkflow(const QString &workflowName) const
{
    return pointerAt(workflows, indexOfWorkflow(workflowName));
}

const Token *Project::findToken(const QString &tokenName) const
{
    return pointerAt(tokens, indexOfToken(tokenName));
}

const Record *Project::findRecord(const QString &id) const
{
    return pointerAt(records, indexOfRecord(id));
}

Project Project::makeEmpty(const QString &name)
{
    Project project;
    project.name = name;
    project.dataTypes.append(DataType::makeUser());
    return project;
}

} // namespace gatehouse
