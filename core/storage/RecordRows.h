#pragma once

#include "model/Record.h"
#include "model/Result.h"

#include <QString>

namespace gatehouse {

class Statement;

// A record as one row, the same in the project's test data (`records`) and
// in the live data the engine writes (`live_records`).
class RecordRows
{
public:
    // The eight columns, in the order bind() and read() use.
    static QString columns();
    // Binds the columns to parameters 1..8, after a reset().
    static void bind(Statement &statement, const Record &record, qint64 position);
    // Reads the columns from `row`, or says what is wrong with it.
    static Result<Record> read(const Statement &row);
};

} // namespace gatehouse
