#include "AccountActions.h"

#include "BubbleResponses.h"
#include "StoreFailure.h"

#include "crypto/PasswordHasher.h"
#include "crypto/TokenSecret.h"
#include "model/DataType.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

AccountActions::AccountActions(DataStore &store, const ProjectSettings &settings,
                               const Clock &clock)
    : m_store(store), m_settings(settings), m_clock(clock)
{
}

AccountActions::Outcome AccountActions::logIn(const QString &email, const QString &password,
                                              bool stayLoggedIn) const
{
    const Result<std::optional<Record>> found = userByEmail(email);
    if (!found)
        return StoreFailure::response(found.error());
    const std::optional<Record> &user = found.value();
    // The same answer, and the same hashing work, whether the address is
    // unknown, the user has no password, or the password is wrong, so none
    // can be told apart.
    static const QByteArray decoy = PasswordHasher::hash(u"decoy"_s).value();
    const bool hasPassword = user && PasswordHasher::looksLikeHash(user->passwordHash);
    const bool verified =
        PasswordHasher::verify(hasPassword ? user->passwordHash : decoy, password);
    if (!hasPassword || !verified)
        return invalidCredentials();
    return issueSession(user->id, stayLoggedIn);
}

AccountActions::Outcome AccountActions::signUp(const QString &email, const QString &password,
                                               bool stayLoggedIn) const
{
    const QString address = email.trimmed();
    if (auto problem = addressProblem(address))
        return *problem;
    if (auto problem = passwordProblem(password))
        return *problem;
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return BubbleResponses::statusBody(500, u"ERROR"_s, hash.errorMessage());
    Record user;
    user.id = BubbleResponses::newUniqueId(m_clock.now());
    user.type = DataType::userTypeName();
    user.createdDate = user.modifiedDate = m_clock.now();
    user.createdBy = user.id;
    user.values.insert(u"email"_s, address.toLower());
    user.passwordHash = hash.value();
    if (auto inserted = m_store.insert(user); !inserted)
        return StoreFailure::response(inserted.error());
    return issueSession(user.id, stayLoggedIn);
}

std::optional<EngineResponse> AccountActions::addressProblem(const QString &email,
                                                             const QString &exceptUserId) const
{
    const QString address = email.trimmed();
    if (!address.contains(u'@') || address.startsWith(u'@') || address.endsWith(u'@'))
        return BubbleResponses::statusBody(400, u"INVALID_EMAIL"_s,
                                           u"The email address is not valid"_s);
    const Result<std::optional<Record>> owner = userByEmail(address);
    if (!owner)
        return StoreFailure::response(owner.error());
    if (owner.value() && owner.value()->id != exceptUserId)
        return BubbleResponses::statusBody(400, u"USED_EMAIL"_s, u"This email is already in use"_s);
    return std::nullopt;
}

std::optional<EngineResponse> AccountActions::passwordProblem(const QString &password)
{
    if (password.size() >= minimumPasswordLength)
        return std::nullopt;
    return BubbleResponses::statusBody(
        400, u"PASSWORD_TOO_SHORT"_s,
        u"The password must be at least %1 characters long"_s.arg(minimumPasswordLength));
}

Result<> AccountActions::endSessionsOf(const QString &userId) const
{
    if (auto revoked = m_store.revokeSessions(userId, {}, m_clock.now()); !revoked)
        return revoked;
    return m_store.endCredentials(userId, m_clock.now());
}

Result<> AccountActions::logOut(const Principal &principal) const
{
    if (!principal.fromSession)
        return Error{u"only a user session can be logged out"_s};
    return m_store.revokeSessions(principal.userId, principal.credentialHash, m_clock.now());
}

Result<std::optional<Record>> AccountActions::userByEmail(const QString &email) const
{
    const QString wanted = email.trimmed().toLower();
    const Result<QList<Record>> users = m_store.recordsOfType(DataType::userTypeName());
    if (!users)
        return users.error();
    for (const Record &user : users.value()) {
        if (user.values.value(u"email"_s).toString().toLower() == wanted)
            return std::optional(user);
    }
    return std::optional<Record>();
}

AccountActions::Outcome AccountActions::issueSession(const QString &userId, bool stayLoggedIn) const
{
    const int lifetime =
        stayLoggedIn ? m_settings.stayLoggedInLifetimeSeconds : m_settings.userTokenLifetimeSeconds;
    const IssuedSecret issued = TokenSecret::issue(TokenKind::User);
    Session session;
    session.secretHash = issued.hash;
    session.credential.source = Credential::Source::Session;
    session.credential.name = u"session"_s;
    session.credential.kind = TokenKind::User;
    session.credential.userId = userId;
    session.credential.prefix = issued.prefix;
    session.credential.created = m_clock.now();
    session.credential.expires = m_clock.now().addSecs(lifetime);
    if (auto inserted = m_store.insertSession(session); !inserted)
        return StoreFailure::response(inserted.error());
    return QJsonObject{
        {u"token"_s, issued.secret}, {u"user_id"_s, userId}, {u"expires"_s, lifetime}};
}

EngineResponse AccountActions::invalidCredentials() const
{
    return EngineResponse::json(
        400, {{u"statusCode"_s, 400},
              {u"reason"_s, u"INVALID_LOGIN_CREDENTIALS"_s},
              {u"message"_s, u"We didn't find an account with those login credentials"_s},
              {u"args"_s,
               QJsonObject{{u"bubble_code"_s, BubbleResponses::newUniqueId(m_clock.now())}}}});
}

} // namespace gatehouse
