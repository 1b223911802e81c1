#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

// One thing of test data: a record of a data type. Field values are JSON
// values keyed by field name (a reference is the referenced record's id, a
// date an ISO 8601 string, a list an array).
struct Record
{
    QString id;
    QString type;
    QDateTime createdDate;
    QDateTime modifiedDate;
    QString createdBy; // a User's id, or empty
    QJsonObject values;
    QByteArray passwordHash; // Users only: an argon2id string; never exported

    bool operator==(const Record &) const = default;
};

} // namespace gatehouse
