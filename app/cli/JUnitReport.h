#pragma once

#include "model/Result.h"
#include "server/SuiteOutcome.h"

#include <QList>

namespace gatehouse::cli {

// The outcomes of `suite run` as the JUnit XML CI systems read: one
// testsuite in a testsuites root, a testcase per saved request, a failure
// element with the reason for each that failed.
class JUnitReport
{
public:
    static QByteArray xml(const QString &suiteName, const QList<SuiteOutcome> &outcomes);
    // Written whole or not at all (QSaveFile).
    static Result<> write(const QString &path, const QString &suiteName,
                          const QList<SuiteOutcome> &outcomes);
};

} // namespace gatehouse::cli
