#pragma once

#include "Clock.h"
#include "DataStore.h"
#include "EngineResponse.h"
#include "Principal.h"

#include "model/ProjectSettings.h"

#include <QJsonObject>

#include <variant>

namespace gatehouse {

// The account steps of a workflow: log a user in or sign one up (each mints
// a user session and answers `token`, `user_id`, `expires`), and log out.
class AccountActions
{
public:
    AccountActions(DataStore &store, const ProjectSettings &settings, const Clock &clock);

    using Outcome = std::variant<QJsonObject, EngineResponse>;
    Outcome logIn(const QString &email, const QString &password, bool stayLoggedIn) const;
    Outcome signUp(const QString &email, const QString &password, bool stayLoggedIn) const;
    Result<> logOut(const Principal &principal) const;
    // A new session for the user, as a Log in step mints it (and sign-up,
    // and the suite runner acting as a test user): the one way a session is
    // issued. Answers `token`, `user_id`, `expires`.
    Outcome issueSession(const QString &userId, bool stayLoggedIn) const;

    static constexpr int minimumPasswordLength = 8;

    // The rules sign-up and the Data API share for a user's address and
    // password: a 400 that names the problem, or nothing. `exceptUserId` is
    // the user being changed, whose own address is not taken.
    std::optional<EngineResponse> addressProblem(const QString &email,
                                                 const QString &exceptUserId = {}) const;
    static std::optional<EngineResponse> passwordProblem(const QString &password);
    // Ends every session of a user whose password changed or who was deleted.
    Result<> endSessionsOf(const QString &userId) const;

private:
    Result<std::optional<Record>> userByEmail(const QString &email) const;
    EngineResponse invalidCredentials() const;

    DataStore &m_store;
    const ProjectSettings &m_settings;
    const Clock &m_clock;
};

} // namespace gatehouse
