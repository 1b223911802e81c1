#pragma once

#include "model/Result.h"

namespace gatehouse {

class Database;

// Brings an older project file forward to ProjectSchema::currentVersion, one
// version at a time, each step in its own savepoint that also sets
// user_version. Call inside a transaction: the caller commits the whole
// climb, or rolls all of it back. Steps are history: never edit one once
// released; add the next instead.
class SchemaMigrator
{
public:
    static Result<> migrate(Database &db, int fromVersion);

private:
    // v1 had the checkbox "This workflow can be run without authentication"
    // instead of the authentication mode, and tokens without scopes.
    static Result<> migrate1To2(Database &db);
    static Result<> migrate2To3(Database &db);
    // v3 had tokens without purpose, review or rotation grace.
    static Result<> migrate3To4(Database &db);
    // v4 kept no definition or scheduler's scopes with a scheduled run.
    static Result<> migrate4To5(Database &db);
    static Result<> migrate5To6(Database &db);
    static Result<> migrate6To7(Database &db);
    // v7 had one read permission in a token's data scope for find and view.
    static Result<> migrate7To8(Database &db);
    // v8 kept the per-client transport limits out of the project.
    static Result<> migrate8To9(Database &db);
    // v9 kept no accepted audit findings.
    static Result<> migrate9To10(Database &db);
    static Result<> migrate10To11(Database &db);
    // The Request panel's history.
    static Result<> migrate11To12(Database &db);
};

} // namespace gatehouse
