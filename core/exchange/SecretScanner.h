#pragma once

#include "ReadErrors.h"

#include <QJsonObject>

namespace gatehouse {

// Refuses a config that carries a secret before anything else reads it: any
// key that names one (`secret`, `secretHash`, `password_hash`, `hash`, ...)
// and any string that is an argon2 password hash, wherever it sits. Inside a
// record's `values` the keys are the builder's field names and are left to
// the data type's check; their values are still scanned.
class SecretScanner
{
public:
    static void scan(const QJsonObject &root, ReadErrors &errors);
    // Whether a key names a secret: after removing `_` and `-` and lowering
    // case, it holds "secret" or "password", or ends with "hash".
    static bool isSecretKey(const QString &key);
    static bool isPasswordHash(const QString &text);

private:
    static void scanValue(const QJsonValue &value, const QString &path, bool keysAreFieldNames,
                          ReadErrors &errors);
    static void scanRecords(const QJsonValue &records, const QString &path, ReadErrors &errors);
};

} // namespace gatehouse
