#pragma once

#include "AccessMatrix.h"
#include "MatrixCaller.h"
#include "MatrixRole.h"

#include "engine/Clock.h"
#include "engine/MemoryDataStore.h"

namespace gatehouse::audit {

// Fills an AccessMatrix by asking AccessQuestion every cell, over a copy of
// the project and of its test data: nothing the questions do is kept. Each
// role a condition names (MatrixRoles) is asked as a synthetic user of that
// copy's test data.
class MatrixBuilder
{
public:
    MatrixBuilder(Project project, const QDateTime &now);

    AccessMatrix build(const AccessMatrix::Progress &progress);

    // The engine's Data API operations, in the matrix's order.
    static const QList<DataApiGate::Operation> &operations();
    static QList<MatrixColumn> columnsOf(const Project &project);

private:
    void askWorkflow(AccessMatrix &matrix, int column) const;
    void askData(AccessMatrix &matrix, int column, const AccessQuestion &question) const;

    Project m_project;
    QList<MatrixRole> m_roles;
    ManualClock m_clock;
    MemoryDataStore m_store;
    QList<MatrixCaller> m_callers;
};

} // namespace gatehouse::audit
