#pragma once

#include "engine/UserStanding.h"
#include "model/Token.h"

#include <QDateTime>
#include <QHash>

namespace gatehouse {

// What a project file's live data says of its tokens, read as `gatehouse-cli
// token list` reads it: each token's last use, and what it says of each user
// token's user. A file not in the project format has none.
struct LiveTokenFacts
{
    QHash<QString, QDateTime> lastUse;      // by token name
    QHash<QString, UserStanding> standings; // by user id
    QString problem;                        // why the users could not be read; empty when they were

    static LiveTokenFacts read(const QString &path, const QList<Token> &tokens);
};

} // namespace gatehouse
