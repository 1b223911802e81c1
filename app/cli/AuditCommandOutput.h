#pragma once

#include "Command.h"

#include "model/Result.h"

namespace gatehouse::cli {

// Where the audit and openapi commands put what they made: standard output
// for "-" or no file, else a file written whole or not at all (QSaveFile).
class AuditCommandOutput
{
public:
    static Result<> write(const QByteArray &bytes, const QString &path, Console &console);
};

} // namespace gatehouse::cli
