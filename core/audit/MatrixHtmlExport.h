#pragma once

#include "AccessMatrix.h"

#include <QByteArray>

namespace gatehouse::audit {

// The matrix as one self-contained HTML page: a grid of principals against
// workflows and Data API operations, each cell's reason and deciding step
// in its tooltip.
class MatrixHtmlExport
{
public:
    static QByteArray write(const AccessMatrix &matrix);
};

} // namespace gatehouse::audit
