#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <QHash>

#include <functional>

namespace gatehouse {

class Database;
class Statement;

// Reads a whole project from a database of the current schema, keeping
// every list in its saved order. Any row it cannot make sense of (an unknown
// kind, a child whose parent is gone, a bad date) is an error naming the
// row: never a silently dropped one. Invariants are the validator's job.
class ProjectReader
{
public:
    explicit ProjectReader(Database &db) : m_db(db) {}

    Result<Project> read();
    // Only what issuing and listing tokens need, however large the project:
    // the settings, the data types and workflows (without their children),
    // the tokens with their last use, and the users among the records.
    Result<Project> readTokenContext();
    // The tokens alone, with their scopes.
    Result<QList<Token>> readTokenList();

private:
    using RowHandler = std::function<Result<>(const Statement &row)>;
    Result<> forEachRow(const QString &sql, const RowHandler &handle);

    Result<> checkFormat();
    Result<> readProject(Project &project);
    Result<> readDataTypes(Project &project);
    Result<> readFields(Project &project);
    Result<> readPrivacyRules(Project &project);
    Result<> readWorkflows(Project &project);
    Result<> readParameters(Project &project);
    Result<> readActions(Project &project);
    Result<> readAssignments(Project &project);
    Result<> readTokens(Project &project);
    Result<> readTokenScopes(Project &project);
    Result<> readTokenUses(Project &project);
    Result<> readRecords(Project &project);
    Result<> readUsers(Project &project);
    Result<> readSavedRequests(Project &project);
    Result<> readAcceptedFindings(Project &project);
    Result<Project> readSteps(std::initializer_list<Result<> (ProjectReader::*)(Project &)> steps);

    Database &m_db;
    // Saved position -> index in the project's list, to attach child rows.
    QHash<qint64, int> m_typeIndex;
    QHash<qint64, int> m_workflowIndex;
    QHash<QPair<qint64, qint64>, QPair<int, int>> m_actionIndex;
    QHash<qint64, int> m_tokenIndex;
};

} // namespace gatehouse
