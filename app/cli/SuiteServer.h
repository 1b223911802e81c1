#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include "server/ProjectSnapshots.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace gatehouse {
class ServedProject;
}

namespace gatehouse::cli {

// A project served for `suite run` on a throwaway copy of its file, on a
// free loopback port: what the run does to live data (records, sessions,
// token uses, the request log) happens to the copy, and the user's file is
// only read. Each principal the requests act as gets a real credential in
// the copy: a test user a session the engine issues as Log in does, a token
// a fresh secret whose hash replaces the copy's (its revocation, expiry and
// scopes kept, so a refused token is refused as the server would).
class SuiteServer
{
public:
    static Result<std::unique_ptr<SuiteServer>> start(const QString &path);
    ~SuiteServer();

    // The project as the copy holds it, credentials and all but secrets.
    const Project &project() const { return *m_snapshots.current(); }
    QString baseUrl() const;
    // The secret to present for `principal`, empty for anonymous, or why
    // there is none (no such user or token).
    Result<QString> secretFor(const PrincipalRef &principal) const;

private:
    SuiteServer();
    Result<> copy(const QString &from);
    Result<> giveTokensSecrets();
    Result<> open();
    Result<> giveUsersSessions();
    Result<> serve();

    QTemporaryDir m_dir;
    QString m_copy;
    ProjectSnapshots m_snapshots;
    QHash<QString, QString> m_secrets; // PrincipalRef::toText() -> secret
    std::unique_ptr<ServedProject> m_served;
    quint16 m_port = 0;
};

} // namespace gatehouse::cli
