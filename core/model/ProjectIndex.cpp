#include "ProjectIndex.h"

namespace gatehouse {

namespace {

template <typename List, typename Name>
auto indexBy(const List &list, Name name)
{
    QHash<QString, const typename List::value_type *> index;
    index.reserve(list.size());
    for (const auto &item : list) {
        const QString key = name(item);
        if (!index.contains(key)) // the first wins
            index.insert(key, &item);
    }
    return index;
}

} // namespace

ProjectIndex::ProjectIndex(const Project &project)
    : m_project(project),
      m_dataTypes(indexBy(project.dataTypes, [](const DataType &t) { return t.name; })),
      m_workflows(indexBy(project.workflows, [](const Workflow &w) { return w.name; })),
      m_records(indexBy(project.records, [](const Record &r) { return r.id; }))
{
}

const DataType *ProjectIndex::findDataType(const QString &typeName) const
{
    return m_dataTypes.value(typeName, nullptr);
}

const Workflow *ProjectIndex::findWorkflow(const QString &workflowName) const
{
    return m_workflows.value(workflowName, nullptr);
}

const Record *ProjectIndex::findRecord(const QString &id) const
{
    return m_records.value(id, nullptr);
}

} // namespace gatehouse
