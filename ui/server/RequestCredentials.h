#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

struct Project;
class StoreProvider;

// The Authorization header a Request panel call carries. A test user's is a
// real session the engine issues on the served live data, exactly as a Log
// in step mints it; it lives only in the returned value, never stored.
class RequestCredentials
{
public:
    // Empty for anonymous: no header.
    static Result<QByteArray> forUser(StoreProvider *stores, const Project &project,
                                      const QString &email);
    // A bare token becomes "Bearer <token>"; "Bearer x" or "Basic x" is
    // sent as typed.
    static QByteArray forPasted(const QString &text);
};

} // namespace gatehouse
