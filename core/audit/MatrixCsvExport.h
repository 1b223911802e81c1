#pragma once

#include "AccessMatrix.h"

#include <QByteArray>

namespace gatehouse::audit {

// The matrix as CSV (RFC 4180: CRLF, fields quoted when they hold a comma,
// a quote or a line break, quotes doubled), one row a cell, for
// spreadsheets and CI diffs.
class MatrixCsvExport
{
public:
    static QByteArray write(const AccessMatrix &matrix);
    static QString field(const QString &text);

private:
    static QByteArray cell(const QString &text);
};

} // namespace gatehouse::audit
