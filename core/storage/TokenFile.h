#pragma once

#include "engine/UserStanding.h"
#include "model/Project.h"
#include "model/Result.h"

#include <QString>

#include <QHash>

#include <functional>
#include <memory>

namespace gatehouse {

class Database;

// A project file's tokens, read and changed without loading, validating or
// rewriting the rest of the project: `gatehouse-cli token` on a project of
// any size costs what its tokens cost. A change is one IMMEDIATE transaction
// that rewrites only the token rows and moves the file's save stamp, so a
// server following the file (ProjectFileFollower) and an editor open on it
// notice it as they notice any save.
class TokenFile
{
public:
    // Given what issuing needs (ProjectReader::readTokenContext), returns the
    // project's new list of tokens, or an error that leaves the file as it is.
    using Edit = std::function<Result<QList<Token>>(const Project &context)>;

    explicit TokenFile(const QString &path) : m_path(path) {}

    // The token context, read in one snapshot.
    Result<Project> read() const;
    // What the live data says of each user token's user, by user id, as the
    // authenticator reads it. Empty for a file at an older version, whose
    // live data this version has never started.
    Result<QHash<QString, UserStanding>> readUserStandings(const QList<Token> &tokens) const;
    // Reads the context and writes what `edit` returns in the same
    // transaction, so no other save can slip in between. Migrates an older
    // file in that transaction too.
    Result<> change(const Edit &edit) const;

private:
    Result<std::unique_ptr<Database>> openForReading() const;
    Result<> writeTokens(Database &db, const QList<Token> &tokens) const;
    Result<> moveStamp(Database &db) const;
    Error fileError(const QString &problem) const;
    Error databaseError(const Database &db, const Error &error) const;

    QString m_path;
};

} // namespace gatehouse
