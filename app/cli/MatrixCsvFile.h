#pragma once

#include "audit/AccessMatrix.h"
#include "model/Result.h"

namespace gatehouse::cli {

// `gatehouse-cli matrix -o FILE` as CSV: streamed to a temporary file beside
// FILE as it is encoded, then renamed over it (QSaveFile), so a large
// matrix's CSV is never held whole and a failed write leaves FILE as it was.
class MatrixCsvFile
{
public:
    static Result<> write(const audit::AccessMatrix &matrix, const QString &path);
};

} // namespace gatehouse::cli
