#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include "ProjectSnapshots.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace gatehouse {

class ServedProject;

// A project served for a suite run (`suite run`, the Request panel's Suite
// tab) on a throwaway copy of its file, on a
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
    // The editor's way: the copy holds `definition` as the document has it,
    // unsaved edits included, over the live data of `path` (a fresh file
    // when `path` is empty, an untitled project).
    static Result<std::unique_ptr<SuiteServer>> start(const QString &path,
                                                      const Project &definition);
    ~SuiteServer();

    // The project as the copy holds it, credentials and all but secrets.
    const Project &project() const { return *m_snapshots.current(); }
    QString baseUrl() const;
    // The secret to present for `principal`, empty for anonymous, or why
    // there is none (no such user or token).
    Result<QString> secretFor(const PrincipalRef &principal) const;
    // Announces each answered request with its trace.
    ServedProject &served() const { return *m_served; }

private:
    SuiteServer();
    static Result<std::unique_ptr<SuiteServer>> made(const QString &path,
                                                     const Project *definition);
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

} // namespace gatehouse
