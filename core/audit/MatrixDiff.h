#pragma once

#include "AccessMatrix.h"

#include <QList>
#include <QString>

namespace gatehouse::audit {

// One cell that two matrices answer differently, in words.
struct MatrixChange
{
    QString text;       // "anonymous gains tag_my_transactions"
    bool grows = false; // more is let through, or a condition changed
};

// The difference in access between two projects' matrices: principals
// matched by label (name or e-mail), columns by workflow or type and
// operation; a principal or column on one side only counts as refused on
// the other.
class MatrixDiff
{
public:
    static QList<MatrixChange> between(const AccessMatrix &before, const AccessMatrix &after);
    static bool grows(const QList<MatrixChange> &changes);

private:
    static std::optional<MatrixChange> change(const QString &who, const MatrixColumn &what,
                                              const MatrixCell &was, const MatrixCell &now);
};

} // namespace gatehouse::audit
