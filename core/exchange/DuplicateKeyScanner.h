#pragma once

#include "ReadErrors.h"

#include <QByteArray>

namespace gatehouse {

// Finds a key that appears twice in one JSON object. QJsonDocument keeps
// the last silently, which would drop the first value without a word; a
// strict import refuses it instead. Runs on text that already parsed.
class DuplicateKeyScanner
{
public:
    static void scan(const QByteArray &json, ReadErrors &errors);

private:
    // The string starting at the quote at `pos`, decoded; `pos` moves past it.
    static QString readString(const QByteArray &json, qsizetype &pos);
};

} // namespace gatehouse
