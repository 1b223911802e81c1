#pragma once

#include "Arguments.h"
#include "Command.h"

#include "model/Project.h"
#include "model/Result.h"

namespace gatehouse::cli {

// `suite export`: the saved requests as a Postman collection (the file
// given, and its environment beside it) or a Bruno collection folder (a new
// one), each written whole or not at all.
class SuiteExport
{
public:
    static int run(const Arguments &args, Console &console);

private:
    static Result<QString> writePostman(const Project &project, const QString &name,
                                        const QString &path);
    static Result<QString> writeBruno(const Project &project, const QString &name,
                                      const QString &path);
};

} // namespace gatehouse::cli
