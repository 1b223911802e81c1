#pragma once

#include "Database.h"

#include "engine/LiveData.h"

#include <QList>

namespace gatehouse {

// The e-mails workflows sent, in `live_outbox`, in the order they were sent.
class LiveOutboxRows
{
public:
    explicit LiveOutboxRows(Database &db) : m_db(db) {}

    Result<> append(const OutboxEmail &email);
    Result<QList<OutboxEmail>> all() const;

private:
    Database &m_db;
};

} // namespace gatehouse
