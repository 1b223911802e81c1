#pragma once

#include "MatrixRole.h"

#include "expr/Ast.h"
#include "expr/CheckContext.h"
#include "model/Project.h"

#include <QHash>
#include <QList>

namespace gatehouse::audit {

// The roles a project's conditions name: every comparison of a Current
// User's field with a constant (`Current User's role is "admin"`, `is not`
// too) and every yes/no field of Current User used as a condition
// (`Current User's is_admin`), in privacy rules, workflow and step
// conditions. Read from the expression's tree after the checker has
// resolved its fields; a condition with an error names no role.
class MatrixRoles
{
public:
    static QList<MatrixRole> of(const Project &project);
    // The synthetic test user that holds `role`, the `index`th of the roles,
    // with an e-mail of the reserved domain matrix.invalid.
    static Record userOf(const MatrixRole &role, int index);

private:
    using Owners = QHash<const expr::Node *, QString>;
    static void collect(const Project &project, const expr::CheckContext &context,
                        const QString &condition, QList<MatrixRole> &out);
    static void visit(const Project &project, const expr::Node &node, const Owners &owners,
                      bool asCondition, QList<MatrixRole> &out);
    static std::optional<MatrixRole> compared(const Project &project, const expr::Node &field,
                                              const expr::Node &constant, const Owners &owners);
    static std::optional<MatrixRole> yesNoField(const Project &project, const expr::Node &field,
                                                const Owners &owners);
};

} // namespace gatehouse::audit
