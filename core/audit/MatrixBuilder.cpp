#include "MatrixBuilder.h"

#include "MatrixCallers.h"
#include "MatrixRoles.h"

namespace gatehouse::audit {

using Op = DataApiGate::Operation;

namespace {
QList<Record> withRoleUsers(QList<Record> records, const QList<MatrixRole> &roles)
{
    for (int i = 0; i < roles.size(); ++i)
        records << MatrixRoles::userOf(roles.at(i), i);
    return records;
}
} // namespace

// The role users live in the store only: the project's own test users stay
// the user rows.
MatrixBuilder::MatrixBuilder(Project project, const QDateTime &now)
    : m_project(std::move(project)), m_roles(MatrixRoles::of(m_project)), m_clock(now),
      m_store(withRoleUsers(m_project.records, m_roles))
{
    m_callers = MatrixCallers::of(m_project, m_store, m_clock);
    for (int i = 0; i < m_roles.size(); ++i)
        m_callers << MatrixCallers::role(m_roles.at(i), MatrixRoles::userOf(m_roles.at(i), i));
}

const QList<Op> &MatrixBuilder::operations()
{
    static const QList<Op> all{Op::List,    Op::Get,    Op::Create, Op::Modify,
                               Op::Replace, Op::Delete, Op::Bulk};
    return all;
}

QList<MatrixColumn> MatrixBuilder::columnsOf(const Project &project)
{
    QList<MatrixColumn> columns;
    for (const Workflow &workflow : project.workflows)
        columns << MatrixColumn{MatrixColumn::Kind::Workflow, workflow.name, Op::List};
    for (const DataType &type : project.dataTypes) {
        for (Op operation : operations())
            columns << MatrixColumn{MatrixColumn::Kind::Data, type.name, operation};
    }
    return columns;
}

AccessMatrix MatrixBuilder::build(const AccessMatrix::Progress &progress)
{
    QList<MatrixPrincipal> rows;
    for (const MatrixCaller &caller : std::as_const(m_callers))
        rows << caller.row;
    AccessMatrix matrix(m_project.name, rows, columnsOf(m_project));
    const AccessQuestion whole(m_project, m_store, m_clock);
    const int total = matrix.columnCount();
    for (int column = 0; column < total; ++column) {
        if (matrix.columns().at(column).isWorkflow())
            askWorkflow(matrix, column);
        else
            askData(matrix, column, whole);
        if (progress && !progress(column + 1, total))
            return matrix;
    }
    matrix.setComplete(true);
    return matrix;
}

// Asked of the project with this workflow alone, so the route finds it
// without scanning thousands: a workflow's gates read the settings, the
// workflow and the caller only, and the principals were made from the whole
// project (tst_accessmatrix asks the whole project and compares).
void MatrixBuilder::askWorkflow(AccessMatrix &matrix, int column) const
{
    // The workflows' columns come first, in the project's order.
    const Workflow &workflow = m_project.workflows.at(column);
    const QString &name = workflow.name;
    Project alone = m_project;
    alone.workflows = {workflow};
    const AccessQuestion question(alone, m_store, m_clock);
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixCaller &caller = m_callers.at(row);
        matrix.setCell(row, column,
                       caller.principal ? question.workflow(name, *caller.principal)
                                        : question.workflow(name, caller.request));
    }
}

void MatrixBuilder::askData(AccessMatrix &matrix, int column, const AccessQuestion &question) const
{
    const MatrixColumn &asked = matrix.columns().at(column);
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixCaller &caller = m_callers.at(row);
        matrix.setCell(
            row, column,
            caller.principal
                ? question.dataOperation(asked.resource, asked.operation, *caller.principal)
                : question.dataOperation(asked.resource, asked.operation, caller.request));
    }
}

} // namespace gatehouse::audit
