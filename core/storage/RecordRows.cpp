#include "RecordRows.h"

#include "Statement.h"
#include "StorageFormat.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString RecordRows::columns()
{
    return u"id, position, type, created_date, modified_date, created_by, field_values, "
           "password_hash"_s;
}

void RecordRows::bind(Statement &statement, const Record &record, qint64 position)
{
    statement.bindAll(record.id, position, record.type);
    StorageFormat::bindDate(statement, 4, record.createdDate);
    StorageFormat::bindDate(statement, 5, record.modifiedDate);
    statement.bind(6, record.createdBy);
    statement.bind(7,
                   QString::fromUtf8(QJsonDocument(record.values).toJson(QJsonDocument::Compact)));
    statement.bind(8, record.passwordHash.isEmpty() ? QByteArray() : record.passwordHash);
}

Result<Record> RecordRows::read(const Statement &row)
{
    Record record;
    record.id = row.columnText(0);
    record.type = row.columnText(2);
    auto created = StorageFormat::readDate(row, 3);
    if (!created)
        return created.error();
    auto modified = StorageFormat::readDate(row, 4);
    if (!modified)
        return modified.error();
    record.createdDate = created.value();
    record.modifiedDate = modified.value();
    record.createdBy = row.columnText(5);
    const QJsonDocument values = QJsonDocument::fromJson(row.columnText(6).toUtf8());
    if (!values.isObject())
        return Error{u"the field values are not a JSON object"_s};
    record.values = values.object();
    record.passwordHash = row.columnBlob(7);
    return record;
}

} // namespace gatehouse
