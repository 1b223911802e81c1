#pragma once

#include "model/Result.h"
#include "model/SavedRequest.h"

#include <QString>

namespace gatehouse {

class Statement;

// A saved request as one row of `saved_requests` (version 7): the body,
// the query and the expected body fields as compact JSON text, the
// principal as PrincipalRef writes it. No column can hold a secret.
class SavedRequestRows
{
public:
    // The twelve columns, in the order bind() and read() use.
    static QString columns();
    static QString createTableSql();
    // Binds the columns to parameters 1..12, after a reset().
    static void bind(Statement &statement, const SavedRequest &request, qint64 position);
    // Reads the columns from `row`, or says what is wrong with it.
    static Result<SavedRequest> read(const Statement &row);
};

} // namespace gatehouse
