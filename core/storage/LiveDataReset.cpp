#include "LiveDataReset.h"

#include "Database.h"
#include "RecordRows.h"
#include "StorageFormat.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<> LiveDataReset::copyTestData(Database &db)
{
    const QString sql =
        uR"(DELETE FROM live_records; DELETE FROM live_sessions; DELETE FROM live_token_uses;
DELETE FROM live_outbox; DELETE FROM live_scheduled_runs; DELETE FROM live_credential_ends;
INSERT INTO live_records (%1) SELECT %1 FROM records;
INSERT OR REPLACE INTO live_meta (key, value) VALUES ('seeded_at', '%2');)"_s.arg(
            RecordRows::columns(), StorageFormat::dateText(QDateTime::currentDateTimeUtc()));
    return db.exec(sql);
}

} // namespace gatehouse
