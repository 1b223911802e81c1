#pragma once

#include "model/SavedRequest.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace gatehouse {

// One saved request as it ran: what came back and whether it was what the
// request expects, with the reason in words when not; as whom it ran and
// the step of the server's trace that decided it. `suite run` prints it,
// the Request panel's suite table shows it.
struct SuiteOutcome
{
    QString name;
    int status = 0; // 0: no answer came
    int expectedStatus = 0;
    QString why; // empty: passed
    double seconds = 0;
    QString principal;    // PrincipalRef::toText() of the request
    QString decidingStep; // "authorize: workflow `x` needs a user", empty when unknown

    bool passed() const { return why.isEmpty(); }
    // "PASS ping: 200 (expected 200)", "FAIL wrong: 401 (expected 200): ...".
    QString line() const;

    // Compares an answer with what `request` expects.
    static SuiteOutcome judge(const SavedRequest &request, int status, const QByteArray &body);
    // A request that could not be sent (no such user, no answer).
    static SuiteOutcome notSent(const SavedRequest &request, const QString &why);
    // "response.ok=true": an expected body field as the user writes it.
    static QString expectationText(const QString &path, const QJsonValue &value);
};

} // namespace gatehouse
