#pragma once

#include "Project.h"

#include <QHash>
#include <QString>

namespace gatehouse {

// Hash lookups over one project for checks that look a name up for every
// item (the validators): the same answers as Project's find functions,
// which scan, in constant time. The first of two items with one name wins,
// as there. Valid while the project it was built from is unchanged.
class ProjectIndex
{
public:
    explicit ProjectIndex(const Project &project);

    const Project &project() const { return m_project; }
    const DataType *findDataType(const QString &typeName) const;
    const Workflow *findWorkflow(const QString &workflowName) const;
    const Record *findRecord(const QString &id) const;

private:
    const Project &m_project;
    QHash<QString, const DataType *> m_dataTypes;
    QHash<QString, const Workflow *> m_workflows;
    QHash<QString, const Record *> m_records;
};

} // namespace gatehouse
