#pragma once

#include "model/Project.h"
#include "model/Result.h"

namespace gatehouse {

class Database;
class Statement;

// Writes a whole project into a database of the current schema, replacing
// the rows of every project table. The caller holds the transaction, so a
// failure anywhere leaves the previous rows once it rolls back.
class ProjectWriter
{
public:
    explicit ProjectWriter(Database &db) : m_db(db) {}

    Result<> write(const Project &project);

    // For tests only: after `afterRows` inserted rows the next insert fails
    // (Fault::Fail) or the process ends on the spot without any cleanup, as
    // a crash or a power cut would (Fault::Exit, exit status 3).
    enum class Fault
    {
        None,
        Fail,
        Exit
    };
    static void injectFaultForTesting(Fault fault, int afterRows = 0);

private:
    Result<> clear();
    Result<> writeMeta();
    Result<> writeProject(const Project &project);
    Result<> writeDataTypes(const QList<DataType> &types);
    Result<> writeWorkflows(const QList<Workflow> &workflows);
    Result<> writeActions(int workflowPosition, const QList<Action> &actions);
    Result<> writeTokens(const QList<Token> &tokens);
    Result<> writeRecords(const QList<Record> &records);
    Result<> writeSavedRequests(const QList<SavedRequest> &requests);
    Result<> writeAcceptedFindings(const QList<AcceptedFinding> &accepted);
    // Runs a bound insert, counting rows for the fault hook.
    Result<> insert(Statement &statement);

    Database &m_db;
};

} // namespace gatehouse
