#include "AcceptedFindingRows.h"

#include "Statement.h"
#include "StorageFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString AcceptedFindingRows::columns()
{
    return u"position, check_id, setting_path, reason, accepted_at"_s;
}

QString AcceptedFindingRows::createTableSql()
{
    return uR"(
CREATE TABLE accepted_findings (
    position INTEGER PRIMARY KEY, check_id TEXT NOT NULL, setting_path TEXT NOT NULL,
    reason TEXT NOT NULL, accepted_at TEXT);
)"_s;
}

QString AcceptedFindingRows::insertSql()
{
    return u"INSERT INTO accepted_findings (%1) VALUES (?, ?, ?, ?, ?)"_s.arg(columns());
}

void AcceptedFindingRows::bind(Statement &statement, const AcceptedFinding &accepted,
                               qint64 position)
{
    statement.bindAll(position, accepted.checkId, accepted.settingPath, accepted.reason);
    StorageFormat::bindDate(statement, 5, accepted.acceptedAt);
}

Result<AcceptedFinding> AcceptedFindingRows::read(const Statement &row)
{
    AcceptedFinding accepted;
    accepted.checkId = row.columnText(1);
    accepted.settingPath = row.columnText(2);
    accepted.reason = row.columnText(3);
    auto at = StorageFormat::readDate(row, 4);
    if (!at)
        return Error{u"accepted_at: "_s + at.errorMessage()};
    accepted.acceptedAt = at.value();
    return accepted;
}

} // namespace gatehouse
