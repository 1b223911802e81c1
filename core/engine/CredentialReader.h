#pragma once

#include "EngineRequest.h"

#include <QString>

namespace gatehouse {

// The credential a request presents, read the one way every part reads it:
// the authenticator that decides, and the rate limiter that keys on it.
struct PresentedCredential
{
    enum class Where
    {
        Nowhere, // anonymous
        Header,  // Authorization: Bearer <secret>
        Query    // ?api_token=<secret>
    };
    enum class Problem
    {
        None,
        MalformedHeader,  // not exactly `Bearer <secret>`
        EmptyQuery,       // api_token= with no value
        QueryNotAccepted, // the project takes no tokens in the querystring
        Conflicting,      // a header and api_token with different secrets
        DuplicateHeader,  // Authorization given more than once
        DuplicateQuery    // api_token given more than once
    };

    Where where = Where::Nowhere;
    QString secret; // empty unless where != Nowhere and there is no problem
    Problem problem = Problem::None;

    bool isProblem() const { return problem != Problem::None; }
    // A request that says two things at once is malformed (400), not a
    // wrong credential (401).
    bool isMalformedRequest() const;
    // "the Authorization header" / "the api_token parameter" / "no token"
    QString whereText() const;
    // Why it is refused, for the trace; never contains the secret.
    QString problemText() const;
    // What the problem is about, for the trace's subject column.
    QString problemSubject() const;
};

class CredentialReader
{
public:
    // `Bearer` in any case, one or more spaces (RFC 6750's 1*SP), then a
    // b64token; spaces and tabs around the whole value are the field's
    // optional whitespace. A tab or any other character inside is refused.
    static PresentedCredential read(const EngineRequest &request, bool tokensInQuerystring);

private:
    static int countHeaders(const EngineRequest &request, const QByteArray &name);
    static int countQueryItems(const EngineRequest &request, const QString &key);
    static bool readBearer(const QByteArray &value, QString &secret);
    static bool isB64Token(const QByteArray &text);
};

} // namespace gatehouse
