#pragma once

#include <QString>

namespace gatehouse::expr {

// The words the language reserves, and how a name that collides with one is
// written (in backticks).
class Keywords
{
public:
    // Words that end a multi-word name: `is`, `and`, `or`, `not`, `contains`,
    // `doesn't`, `where`.
    static bool endsName(const QString &word);
    // Words that start something else where a parameter could stand.
    static bool startsValue(const QString &word);
    // A type or field name as the canonical text writes it.
    static QString writeName(const QString &name);
    // A parameter key as the canonical text writes it.
    static QString writeParameter(const QString &key);

private:
    static bool isPlainWords(const QString &name);
};

} // namespace gatehouse::expr
