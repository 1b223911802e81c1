#pragma once

#include <QList>
#include <QString>

namespace gatehouse {

// A problem found in a project, as a value: the editor underlines it, the
// command line prints it. Messages are lower case, without a final period,
// with the user's own text in backticks.
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString code;     // stable, e.g. "duplicate-name"
    QString location; // where it sits, e.g. "workflow `signup`, step 2"
    QString message;
    QString help;      // a suggestion, or empty
    int position = -1; // inside an expression, where one applies (from 0)
    int length = 0;

    bool isError() const { return severity == Severity::Error; }
    // "location, at character N: message (help)", for a terminal; N counts
    // from 1 and is left out when there is no position.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

} // namespace gatehouse
