#pragma once

#include "Arguments.h"
#include "Command.h"

namespace gatehouse::cli {

// suite add | list | run | export: saved requests for CI, headlessly. `add`
// checks a request against the project and writes only its row
// (SavedRequestFile); `run` serves a throwaway copy (SuiteServer) and sends
// each request over HTTP as its principal (SuiteRunner); `export` writes a
// Postman or Bruno collection without a secret (SuiteExport).
class SuiteCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    int add(const Arguments &args, Console &console);
    int list(const QString &path, Console &console);
    int runSuite(const Arguments &args, Console &console);
};

} // namespace gatehouse::cli
