#pragma once

#include "model/SavedRequest.h"

#include <QByteArray>
#include <QString>

namespace gatehouse::cli {

// One saved request as it ran: what came back and whether it was what the
// request expects, with the reason in words when not.
struct SuiteOutcome
{
    QString name;
    int status = 0; // 0: no answer came
    int expectedStatus = 0;
    QString why; // empty: passed
    double seconds = 0;

    bool passed() const { return why.isEmpty(); }
    // "PASS ping: 200 (expected 200)", "FAIL wrong: 401 (expected 200): ...".
    QString line() const;

    // Compares an answer with what `request` expects.
    static SuiteOutcome judge(const SavedRequest &request, int status, const QByteArray &body);
    // A request that could not be sent (no such user, no answer).
    static SuiteOutcome notSent(const SavedRequest &request, const QString &why);
};

} // namespace gatehouse::cli
