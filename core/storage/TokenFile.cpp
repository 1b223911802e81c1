#include "TokenFile.h"

#include "Database.h"
#include "FileAccess.h"
#include "LiveUserLookup.h"
#include "ProjectFile.h"
#include "ProjectFileHeader.h"
#include "ProjectReader.h"
#include "ProjectSchema.h"
#include "SchemaMigrator.h"
#include "Statement.h"
#include "StorageFormat.h"
#include "TokenRows.h"
#include "Transaction.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr int kBusyTimeoutMs = 5000;
} // namespace

Error TokenFile::fileError(const QString &problem) const
{
    return Error{m_path + u": "_s + problem};
}

Error TokenFile::databaseError(const Database &db, const Error &error) const
{
    if (db.lastErrorCode() != 0)
        return fileError(ProjectFileHeader::describeFailure(db.lastErrorCode(), error.message));
    return fileError(u"the file is damaged (%1)"_s.arg(error.message));
}

Result<std::unique_ptr<Database>> TokenFile::openForReading() const
{
    if (const QString problem = FileAccess::problemOpening(m_path, false); !problem.isEmpty())
        return fileError(problem);
    auto opened = Database::open(m_path, Database::OpenMode::ReadOnly);
    if (!opened)
        return fileError(u"cannot open the file (%1)"_s.arg(opened.errorMessage()));
    if (auto timeout = opened.value()->setBusyTimeout(kBusyTimeoutMs); !timeout)
        return databaseError(*opened.value(), timeout.error());
    return opened;
}

Result<Project> TokenFile::read() const
{
    auto opened = openForReading();
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    const ProjectFileHeader header = ProjectFileHeader::inspect(db);
    if (!header.isProject())
        return fileError(header.problem);
    if (header.version != ProjectSchema::currentVersion)
        return ProjectFile::load(m_path, ProjectFile::Access::ReadOnly); // migrated in memory
    auto transaction = Transaction::begin(db, Transaction::Behavior::Deferred);
    if (!transaction)
        return databaseError(db, transaction.error());
    auto context = ProjectReader(db).readTokenContext();
    if (!context)
        return databaseError(db, context.error());
    return context;
}

Result<QHash<QString, UserStanding>> TokenFile::readUserStandings(const QList<Token> &tokens) const
{
    auto opened = openForReading();
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    const ProjectFileHeader header = ProjectFileHeader::inspect(db);
    if (!header.isProject())
        return fileError(header.problem);
    QHash<QString, UserStanding> standings;
    if (header.version != ProjectSchema::currentVersion)
        return standings;
    auto transaction = Transaction::begin(db, Transaction::Behavior::Deferred);
    if (!transaction)
        return databaseError(db, transaction.error());
    const LiveUserLookup users(db);
    for (const Token &token : tokens) {
        if (token.kind != TokenKind::User || token.userId.isEmpty() ||
            standings.contains(token.userId))
            continue;
        const Result<UserStanding> standing = UserStanding::read(users, token.userId);
        if (!standing)
            return databaseError(db, standing.error());
        standings.insert(token.userId, standing.value());
    }
    return standings;
}

Result<> TokenFile::change(const Edit &edit) const
{
    if (const QString problem = FileAccess::problemOpening(m_path, true); !problem.isEmpty())
        return fileError(problem);
    auto opened = Database::open(m_path, Database::OpenMode::ReadWrite);
    if (!opened)
        return fileError(u"cannot open the file (%1)"_s.arg(opened.errorMessage()));
    Database &db = *opened.value();
    if (auto timeout = db.setBusyTimeout(kBusyTimeoutMs); !timeout)
        return databaseError(db, timeout.error());
    const ProjectFileHeader header = ProjectFileHeader::inspect(db);
    if (!header.isProject())
        return fileError(header.problem);
    auto transaction = Transaction::begin(db, Transaction::Behavior::Immediate);
    if (!transaction)
        return databaseError(db, transaction.error());
    if (header.version < ProjectSchema::currentVersion) {
        if (auto migrated = SchemaMigrator::migrate(db, header.version); !migrated)
            return databaseError(db, migrated.error());
    }
    auto context = ProjectReader(db).readTokenContext();
    if (!context)
        return databaseError(db, context.error());
    auto tokens = edit(context.value());
    if (!tokens)
        return tokens.error(); // the edit's own words; the transaction rolls back
    if (auto written = writeTokens(db, tokens.value()); !written)
        return databaseError(db, written.error());
    if (auto stamped = moveStamp(db); !stamped)
        return databaseError(db, stamped.error());
    if (auto committed = transaction.value().commit(); !committed)
        return databaseError(db, committed.error());
    return {};
}

Result<> TokenFile::writeTokens(Database &db, const QList<Token> &tokens) const
{
    for (const QString &table : {u"token_data_type_scopes"_s, u"tokens"_s}) {
        if (auto cleared = db.exec(u"DELETE FROM "_s + table); !cleared)
            return cleared;
    }
    auto tokenRow = db.prepare(TokenRows::insertTokenSql());
    if (!tokenRow)
        return tokenRow.error();
    auto scopeRow = db.prepare(TokenRows::insertScopeSql());
    if (!scopeRow)
        return scopeRow.error();
    for (int t = 0; t < tokens.size(); ++t) {
        TokenRows::bindToken(tokenRow.value(), t, tokens.at(t));
        if (auto done = tokenRow.value().exec(); !done)
            return done;
        const QList<DataTypeScope> &scopes = tokens.at(t).scopes.dataTypes;
        for (int s = 0; s < scopes.size(); ++s) {
            TokenRows::bindScope(scopeRow.value(), t, s, scopes.at(s));
            if (auto done = scopeRow.value().exec(); !done)
                return done;
        }
    }
    return {};
}

// The same stamp a whole save writes (ProjectWriter): what followers compare.
Result<> TokenFile::moveStamp(Database &db) const
{
    auto stamp = db.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    if (!stamp)
        return stamp.error();
    const std::pair<QString, QString> rows[] = {
        {u"saved_at"_s, StorageFormat::dateText(QDateTime::currentDateTimeUtc())},
        {u"save_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    for (const auto &[key, value] : rows) {
        if (auto done = stamp.value().bindAll(key, value).exec(); !done)
            return done;
    }
    return {};
}

} // namespace gatehouse
