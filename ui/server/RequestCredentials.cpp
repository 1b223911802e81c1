#include "RequestCredentials.h"

#include "engine/AccountActions.h"
#include "engine/Clock.h"
#include "model/Project.h"
#include "model/SavedRequestValidator.h"
#include "server/StoreProvider.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<QByteArray> RequestCredentials::forUser(StoreProvider *stores, const Project &project,
                                               const QString &email)
{
    if (!stores)
        return Error{u"the test server is not running"_s};
    const Record *user = SavedRequestValidator::userByEmail(project, email);
    if (!user)
        return Error{u"no test user `%1`"_s.arg(email)};
    const Result<DataStore *> acquired = stores->acquire();
    if (!acquired)
        return acquired.error();
    DataStore &store = *acquired.value();
    const SystemClock clock;
    const AccountActions accounts(store, project.settings, clock);
    Result<QByteArray> header = Error{u"cannot log %1 in on the live data"_s.arg(email)};
    if (auto begun = store.begin(); !begun) {
        header = begun.error();
    } else {
        const AccountActions::Outcome session = accounts.issueSession(user->id, false);
        if (!std::holds_alternative<QJsonObject>(session)) {
            store.rollback();
        } else if (auto committed = store.commit(); !committed) {
            header = committed.error();
        } else {
            const QString token = std::get<QJsonObject>(session).value(u"token"_s).toString();
            header = "Bearer " + token.toUtf8();
        }
    }
    stores->release(&store);
    return header;
}

QByteArray RequestCredentials::forPasted(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(u' '))
        return trimmed.toUtf8();
    return "Bearer " + trimmed.toUtf8();
}

} // namespace gatehouse
