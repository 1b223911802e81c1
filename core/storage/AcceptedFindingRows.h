#pragma once

#include "model/AcceptedFinding.h"
#include "model/Result.h"

#include <QString>

namespace gatehouse {

class Statement;

// An accepted audit finding as one row of `accepted_findings` (version 10):
// the check id, the setting's path, the reviewer's reason and when.
class AcceptedFindingRows
{
public:
    // The five columns, in the order bind() and read() use.
    static QString columns();
    static QString createTableSql();
    static QString insertSql();
    // Binds the columns to parameters 1..5, after a reset().
    static void bind(Statement &statement, const AcceptedFinding &accepted, qint64 position);
    // Reads the columns from `row`, or says what is wrong with it.
    static Result<AcceptedFinding> read(const Statement &row);
};

} // namespace gatehouse
