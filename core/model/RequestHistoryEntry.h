#pragma once

#include "PrincipalRef.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace gatehouse {

// One request the Request panel sent, as its history keeps it: what was
// sent and as whom by reference (a test user by e-mail, a token by name),
// never a credential. A pasted token or header is dropped and the entry
// says so instead.
struct RequestHistoryEntry
{
    QDateTime time;
    QByteArray method;
    QString path;
    QList<std::pair<QString, QString>> query;
    QString body; // as typed
    QList<std::pair<QString, QString>> headers;
    PrincipalRef principal;
    bool credentialNotKept = false; // it acted with a pasted credential
    int status = 0;                 // 0: no answer

    bool operator==(const RequestHistoryEntry &) const = default;

    // The entry with every header and query parameter that can carry a
    // credential (Authorization, Cookie, api_token, *token*, *key*,
    // *secret*) taken out, credentialNotKept set when one was.
    RequestHistoryEntry withoutCredentials() const;
    // "anonymous", "bob@example.com", "pasted credential, not kept".
    QString principalText() const;
};

} // namespace gatehouse
