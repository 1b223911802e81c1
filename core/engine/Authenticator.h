#pragma once

#include "Clock.h"
#include "Credential.h"
#include "CredentialReader.h"
#include "EngineRequest.h"
#include "EngineResponse.h"
#include "Principal.h"

#include "model/Project.h"

#include <variant>

namespace gatehouse {

// Step 2 of the pipeline: reads the token the way CredentialReader reads it
// (`Authorization: Bearer` or `api_token`), finds it by the hash of its secret (never by
// the secret), refuses it when expired or revoked, and says who is calling.
// A refusal never says which of those it was; the trace does.
class Authenticator
{
public:
    Authenticator(const Project &project, const SessionLookup *sessions, const Clock &clock);

    using Outcome = std::variant<Principal, EngineResponse>;
    Outcome authenticate(const EngineRequest &request, Trace &trace) const;

private:
    Outcome simulate(const EngineRequest &request, const PresentedCredential &presented,
                     Trace &trace) const;
    Outcome accept(Principal principal, const QString &how, const QString &subject,
                   const TraceRef &ref, Trace &trace) const;
    static QString shownUnknown(const QString &secret);
    Result<std::optional<Credential>> findCredential(const QByteArray &hash) const;
    Result<QString> unusableBecause(const Credential &credential) const;
    EngineResponse refuseRequest(Trace &trace, const PresentedCredential &presented) const;
    EngineResponse refuse(Trace &trace, const QString &reason, const QString &subject,
                          const TraceRef &ref = {}) const;
    Result<QString> userEmail(const QString &userId) const;

    const Project &m_project;
    const SessionLookup *m_sessions;
    const Clock &m_clock;
};

} // namespace gatehouse
