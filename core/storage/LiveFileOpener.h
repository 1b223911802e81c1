#pragma once

#include "Database.h"

#include "model/Result.h"

#include <memory>

namespace gatehouse {

// Opens a project file's live data beside a running server, without
// starting it (LiveSessionsFile, LiveRecordsFile): the file must be a
// project at the current version, and a lock held by the server's request
// is waited for a few seconds. The error says what is wrong, for the
// caller to put the path before.
class LiveFileOpener
{
public:
    static Result<std::unique_ptr<Database>> open(const QString &path, Database::OpenMode mode);
};

} // namespace gatehouse
