#include "SuiteServer.h"

#include "HttpServer.h"
#include "ServedProject.h"

#include "crypto/TokenSecret.h"
#include "engine/AccountActions.h"
#include "model/SavedRequestValidator.h"
#include "storage/Database.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"
#include "storage/TokenFile.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SuiteServer::SuiteServer() : m_snapshots(std::make_shared<const Project>()) {}

SuiteServer::~SuiteServer()
{
    if (m_served)
        m_served->stop();
}

Result<std::unique_ptr<SuiteServer>> SuiteServer::start(const QString &path)
{
    return made(path, nullptr);
}

Result<std::unique_ptr<SuiteServer>> SuiteServer::start(const QString &path,
                                                        const Project &definition)
{
    return made(path, &definition);
}

Result<std::unique_ptr<SuiteServer>> SuiteServer::made(const QString &path,
                                                       const Project *definition)
{
    std::unique_ptr<SuiteServer> server(new SuiteServer);
    if (!server->m_dir.isValid())
        return Error{u"cannot make a folder for the copy of %1 (%2)"_s.arg(
            path, server->m_dir.errorString())};
    server->m_copy = server->m_dir.filePath(u"suite.gatehouse"_s);
    if (!path.isEmpty() || !definition) {
        if (auto copied = server->copy(path); !copied)
            return copied.error();
    }
    if (definition) {
        if (auto saved = ProjectFile::save(*definition, server->m_copy); !saved)
            return saved.error();
    }
    for (auto step : {&SuiteServer::giveTokensSecrets, &SuiteServer::open,
                      &SuiteServer::giveUsersSessions, &SuiteServer::serve}) {
        if (auto done = (server.get()->*step)(); !done)
            return done.error();
    }
    return server;
}

// SQLite's online backup: a consistent copy even while a server or the
// editor writes the file, and the original is only read.
Result<> SuiteServer::copy(const QString &from)
{
    if (auto checked = ProjectFile::load(from, ProjectFile::Access::ReadOnly); !checked)
        return checked.error();
    auto source = Database::open(from, Database::OpenMode::ReadOnly);
    if (!source)
        return Error{u"%1: cannot open the file (%2)"_s.arg(from, source.errorMessage())};
    auto target = Database::open(m_copy, Database::OpenMode::Create);
    if (!target)
        return Error{u"cannot make the copy of %1 (%2)"_s.arg(from, target.errorMessage())};
    if (auto copied = source.value()->copyTo(*target.value()); !copied)
        return Error{u"cannot copy %1 (%2)"_s.arg(from, copied.errorMessage())};
    return {};
}

Result<> SuiteServer::giveTokensSecrets()
{
    return TokenFile(m_copy).change([&](const Project &context) -> Result<QList<Token>> {
        QList<Token> tokens = context.tokens;
        for (Token &token : tokens) {
            const IssuedSecret issued = TokenSecret::issue(token.kind);
            token.secretHash = issued.hash;
            token.prefix = issued.prefix;
            m_secrets.insert(PrincipalRef::token(token.name).toText(), issued.secret);
        }
        return tokens;
    });
}

Result<> SuiteServer::open()
{
    auto loaded = ProjectFile::load(m_copy);
    if (!loaded)
        return loaded.error();
    m_snapshots.publish(std::make_shared<const Project>(std::move(loaded).value()));
    auto opened = ServedProject::open(m_copy, m_snapshots, this->project().settings.limits);
    if (!opened)
        return opened.error();
    m_served = std::move(opened).value();
    // Every request of a suite comes from this one loopback client, one
    // after another: the per-client limits, which guard a shared server
    // from one noisy caller, would fail a long suite for no fault of the
    // project. The project's own limits (per token, per workflow) stay.
    ServerLimitOverrides oneClient;
    oneClient.requestsPerMinutePerClient = 0;
    oneClient.requestsPerMinutePerClientWorkflow = 0;
    m_served->setLimitOverrides(oneClient);
    return {};
}

Result<> SuiteServer::giveUsersSessions()
{
    LiveDataStore &store = m_served->liveData();
    const SystemClock clock;
    const AccountActions accounts(store, project().settings, clock);
    for (const SavedRequest &request : project().savedRequests) {
        const PrincipalRef &principal = request.principal;
        const Record *user = SavedRequestValidator::userByEmail(project(), principal.name);
        if (principal.kind != PrincipalRef::Kind::User || !user ||
            m_secrets.contains(principal.toText()))
            continue;
        if (auto begun = store.begin(); !begun)
            return begun.error();
        const AccountActions::Outcome session = accounts.issueSession(user->id, false);
        if (!std::holds_alternative<QJsonObject>(session)) {
            store.rollback();
            return Error{u"cannot log %1 in on the copy"_s.arg(principal.name)};
        }
        if (auto committed = store.commit(); !committed)
            return committed.error();
        m_secrets.insert(principal.toText(),
                         std::get<QJsonObject>(session).value(u"token"_s).toString());
    }
    return {};
}

Result<> SuiteServer::serve()
{
    auto bound = m_served->http().start(HttpServer::defaultHost(), 0);
    if (!bound)
        return Error{u"cannot serve the copy on %1: %2"_s.arg(HttpServer::defaultHost(),
                                                              bound.errorMessage())};
    m_port = bound.value();
    return {};
}

QString SuiteServer::baseUrl() const
{
    return u"http://%1:%2"_s.arg(HttpServer::defaultHost()).arg(m_port);
}

Result<QString> SuiteServer::secretFor(const PrincipalRef &principal) const
{
    if (principal.kind == PrincipalRef::Kind::Anonymous)
        return QString();
    if (const auto found = m_secrets.constFind(principal.toText()); found != m_secrets.cend())
        return found.value();
    if (principal.kind == PrincipalRef::Kind::User)
        return Error{u"acts as user `%1`, who does not exist"_s.arg(principal.name)};
    return Error{u"acts as token `%1`, which does not exist"_s.arg(principal.name)};
}

} // namespace gatehouse
