#pragma once

#include <QJsonValue>
#include <QString>

namespace gatehouse {

// JSON paths as error messages show them: `$`, `$.workflows[2].name`, and
// `$.records[0].values["Created By"]` for a key that is not an identifier.
class JsonPath
{
public:
    static QString root();
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);
    // "a string", "a number", "an array", ... for "expected X, found Y".
    static QString describe(const QJsonValue &value);
};

} // namespace gatehouse
