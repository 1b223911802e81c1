#pragma once

#include "model/Result.h"

namespace gatehouse {

class Database;

// What "the test data" of a project file's live data is, in one place: the
// live records become a copy of the test records saved in the file
// (`records`), and the sessions, token uses, outbox, scheduled runs and
// ended credentials go; the request log stays. The server's first start,
// `serve --reset-data` and the editor's "Reset live data" all run it.
class LiveDataReset
{
public:
    // Inside the caller's write transaction, which commits it.
    static Result<> copyTestData(Database &db);
};

} // namespace gatehouse
