#include "LiveRows.h"

#include "StorageFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Error LiveRows::failure(const Database &db, const QString &what, const QString &why, ErrorCode code)
{
    return Error{u"%1: cannot %2 (%3)"_s.arg(db.path(), what, why), code};
}

Error LiveRows::readFailure(const Database &db, const QString &why)
{
    return failure(db, u"read the live data"_s, why, ErrorCode::StoreRead);
}

Error LiveRows::writeFailure(const Database &db, const QString &why)
{
    return failure(db, u"write the live data"_s, why, ErrorCode::StoreWrite);
}

Result<QDateTime> LiveRows::readDate(const Statement &row)
{
    return StorageFormat::readDate(row, 0);
}

std::optional<QString> LiveRows::dateValue(const QDateTime &date)
{
    return date.isValid() ? std::optional<QString>(StorageFormat::dateText(date)) : std::nullopt;
}

} // namespace gatehouse
