#include "SecretScanner.h"

#include "JsonPath.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QString kRemoveKey = u"a config never carries secrets; remove this key"_s;
const QString kRemoveHash = u"a config never carries password hashes; remove this value"_s;
} // namespace

void SecretScanner::scan(const QJsonObject &root, ReadErrors &errors)
{
    const QString path = JsonPath::root();
    for (auto it = root.begin(); it != root.end() && errors.ok(); ++it) {
        const QString keyPath = JsonPath::member(path, it.key());
        if (isSecretKey(it.key()))
            errors.fail(keyPath, kRemoveKey);
        else if (it.key() == u"records"_s)
            scanRecords(it.value(), keyPath, errors);
        else
            scanValue(it.value(), keyPath, false, errors);
    }
}

bool SecretScanner::isSecretKey(const QString &key)
{
    QString plain = key.toLower();
    plain.remove(u'_');
    plain.remove(u'-');
    return plain.contains(u"secret"_s) || plain.contains(u"password"_s) ||
           plain.endsWith(u"hash"_s);
}

bool SecretScanner::isPasswordHash(const QString &text)
{
    return text.startsWith(u"$argon2"_s) || text.startsWith(u"$scrypt$"_s) ||
           text.startsWith(u"$2b$"_s) || text.startsWith(u"$2y$"_s);
}

void SecretScanner::scanValue(const QJsonValue &value, const QString &path, bool keysAreFieldNames,
                              ReadErrors &errors)
{
    if (value.isString() && isPasswordHash(value.toString())) {
        errors.fail(path, kRemoveHash);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && errors.ok(); ++i)
            scanValue(array.at(i), JsonPath::element(path, i), false, errors);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && errors.ok(); ++it) {
            const QString keyPath = JsonPath::member(path, it.key());
            if (!keysAreFieldNames && isSecretKey(it.key()))
                errors.fail(keyPath, kRemoveKey);
            else
                scanValue(it.value(), keyPath, false, errors);
        }
    }
}

void SecretScanner::scanRecords(const QJsonValue &records, const QString &path, ReadErrors &errors)
{
    const QJsonArray array = records.toArray();
    if (!records.isArray())
        return scanValue(records, path, false, errors);
    for (qsizetype i = 0; i < array.size() && errors.ok(); ++i) {
        const QString recordPath = JsonPath::element(path, i);
        const QJsonObject record = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            scanValue(array.at(i), recordPath, false, errors);
            continue;
        }
        for (auto it = record.begin(); it != record.end() && errors.ok(); ++it) {
            const QString keyPath = JsonPath::member(recordPath, it.key());
            if (isSecretKey(it.key()))
                errors.fail(keyPath, kRemoveKey);
            else
                scanValue(it.value(), keyPath, it.key() == u"values"_s, errors);
        }
    }
}

} // namespace gatehouse
