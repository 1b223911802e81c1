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

    static constexpr int minimumPasswordLength = 8;

private:
    std::optional<Record> userByEmail(const QString &email) const;
    Outcome mintSession(const QString &userId, bool stayLoggedIn) const;
    EngineResponse invalidCredentials() const;

    DataStore &m_store;
    const ProjectSettings &m_settings;
    const Clock &m_clock;
};

} // namespace gatehouse
