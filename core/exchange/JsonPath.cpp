#include "JsonPath.h"

#include "JsonTextWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || key.at(0).isDigit())
        return false;
    for (QChar c : key) {
        const bool ascii = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u'_';
        if (!ascii)
            return false;
    }
    return true;
}
} // namespace

QString JsonPath::root()
{
    return u"$"_s;
}

QString JsonPath::member(const QString &path, const QString &key)
{
    if (isIdentifier(key))
        return path + u'.' + key;
    return path + u'[' + QString::fromUtf8(JsonTextWriter::quotedString(key)) + u']';
}

QString JsonPath::element(const QString &path, qsizetype index)
{
    return u"%1[%2]"_s.arg(path).arg(index);
}

QString JsonPath::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace gatehouse
