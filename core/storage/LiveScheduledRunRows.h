#pragma once

#include "Database.h"

#include "engine/LiveData.h"

#include <QList>

namespace gatehouse {

// Scheduled runs in `live_scheduled_runs`, in the order they were
// scheduled, each with the definition and the scheduler's scopes it runs
// with (as the config file writes them).
class LiveScheduledRunRows
{
public:
    explicit LiveScheduledRunRows(Database &db) : m_db(db) {}

    Result<> append(const ScheduledRun &run);
    Result<> update(const ScheduledRun &run);
    // A run whose time or parameters cannot be read fails the read; one
    // whose definition or scopes cannot be read is kept with the problem,
    // which fails that run alone (ScheduledRun::definitionProblem).
    Result<QList<ScheduledRun>> all() const;
    // Those still to run, found by the index on pending runs.
    Result<QList<ScheduledRun>> pending() const;

private:
    Result<QList<ScheduledRun>> select(const QString &sql) const;

    Database &m_db;
};

} // namespace gatehouse
