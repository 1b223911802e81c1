#pragma once

#include <QString>

namespace gatehouse {

// The names of undo entries, in one wording: "Set create_transaction's
// authentication to Admin only", "Rename workflow signup to register". The
// Edit menu and the History view show them.
class UndoText
{
public:
    // "Set <owner>'s <what> to <value>"
    static QString set(const QString &owner, const QString &what, const QString &value);
    // "Change <owner>'s <what>"
    static QString change(const QString &owner, const QString &what);
    // "Set <workflow>'s parameters from detected data"
    static QString detectedParameters(const QString &workflow);
    // "signup step 2", the owner of a step's fields.
    static QString step(const QString &workflow, int index);
    // A value as an entry shows it: quoted and cut short, or "empty".
    static QString value(const QString &text);
};

} // namespace gatehouse
