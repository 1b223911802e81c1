#pragma once

#include "Arguments.h"
#include "Command.h"

namespace gatehouse::cli {

// `suite export`: the saved requests as a Postman collection (the file
// given, and its environment beside it) or a Bruno collection folder (a new
// one), each written whole or not at all.
class SuiteExport
{
public:
    static int run(const Arguments &args, Console &console);
};

} // namespace gatehouse::cli
