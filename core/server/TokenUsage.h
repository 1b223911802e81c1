#pragma once

#include "RequestLogEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gatehouse {

// What one token was used for, read from the request log: each distinct
// call (method and path) with how often, when last, and its last status.
// The log keeps only the token's name and visible prefix, never a secret.
class TokenUsage
{
public:
    struct Call
    {
        QString method;
        QString path;
        int count = 0;
        QDateTime last;
        int lastStatus = 0;
    };

    // The calls made with the token named `tokenName`, most used first.
    static QList<Call> of(const QString &tokenName, const QList<RequestLogEntry> &entries);
    // Whether the entry's caller was that token ("admin token `ci` (...)" or
    // "user `...` (token `ci`, ...)").
    static bool madeWith(const QString &tokenName, const RequestLogEntry &entry);
};

} // namespace gatehouse
