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
    // The same place as `location`, for an editor to select: indices from 0,
    // -1 outside a workflow or a step; `field` is "name", "trigger",
    // "condition", "target", "data type", "workflow", "parameter" or "value",
    // `key` the parameter's or value's key.
    int workflow = -1;
    int step = -1;
    QString field;
    QString key;

    bool isError() const { return severity == Severity::Error; }
    // "location, at character N: message (help)", for a terminal; N counts
    // from 1 and is left out when there is no position.
    QString toString() const;

    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

// Gives the diagnostics from `first` on whatever part of this place they do
// not have yet, so a validator can place its callees' findings from outside.
void placeFrom(Diagnostics &out, qsizetype first, int workflow, int step = -1,
               const QString &field = {}, const QString &key = {});

} // namespace gatehouse
