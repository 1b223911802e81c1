#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

// Text that must not reach the store: a NUL (cuts strings short in C, in
// SQLite's text functions, in logs) or a UTF-16 surrogate without its pair
// (not Unicode; breaks every encoder downstream). JSON lets both be spelled
// as escapes (\u0000, \ud800), so a parsed body is checked for them.
class JsonTextCheck
{
public:
    static bool isCleanText(const QString &text);
    // The first top-level key of `object` whose name or value (at any
    // depth) holds such text; empty when there is none.
    static QString firstUncleanKey(const QJsonObject &object);
    // "Invalid data for key KEY: the text holds a NUL character or an
    // unpaired surrogate"
    static QString problemFor(const QString &key);
};

} // namespace gatehouse
