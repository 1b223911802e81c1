#include "JsonObjectReader.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QString expectedName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return u"true or false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return u"null"_s;
}

QString backticked(const QString &text)
{
    return u'`' + text + u'`';
}
} // namespace

JsonObjectReader::JsonObjectReader(const QJsonValue &value, const QString &path,
                                   const QStringList &knownKeys, ReadErrors &errors)
    : m_object(value.toObject()), m_path(path), m_knownKeys(knownKeys), m_errors(errors)
{
    if (!value.isObject()) {
        m_errors.fail(path, u"expected an object, found "_s + JsonPath::describe(value));
        return;
    }
    checkKeys();
}

void JsonObjectReader::checkKeys()
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_knownKeys.contains(it.key())) {
            m_errors.fail(pathOf(it.key()), u"unknown key %1; the keys here are: %2"_s.arg(
                                                backticked(it.key()), m_knownKeys.join(u", "_s)));
            return;
        }
    }
}

QJsonValue JsonObjectReader::take(const QString &key, QJsonValue::Type type, Presence presence)
{
    Q_ASSERT(m_knownKeys.contains(key));
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd()) {
        if (presence == Presence::Required)
            m_errors.fail(m_path, u"missing required key "_s + backticked(key));
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonValue value = found.value();
    if (value.type() != type) {
        m_errors.fail(pathOf(key), u"expected %1, found %2"_s.arg(expectedName(type),
                                                                  JsonPath::describe(value)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

bool JsonObjectReader::readString(const QString &key, QString &out, Presence presence)
{
    const QJsonValue value = take(key, QJsonValue::String, presence);
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

void JsonObjectReader::read(const QString &key, QString &out, Presence presence)
{
    readString(key, out, presence);
}

void JsonObjectReader::read(const QString &key, bool &out, Presence presence)
{
    const QJsonValue value = take(key, QJsonValue::Bool, presence);
    if (value.isBool())
        out = value.toBool();
}

void JsonObjectReader::read(const QString &key, QStringList &out, Presence presence)
{
    const QJsonValue value = take(key, QJsonValue::Array, presence);
    if (!value.isArray())
        return;
    QStringList texts;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            m_errors.fail(JsonPath::element(pathOf(key), i),
                          u"expected a string, found "_s + JsonPath::describe(array.at(i)));
            return;
        }
        texts.append(array.at(i).toString());
    }
    out = texts;
}

void JsonObjectReader::read(const QString &key, QJsonObject &out, Presence presence)
{
    const QJsonValue value = take(key, QJsonValue::Object, presence);
    if (value.isObject())
        out = value.toObject();
}

void JsonObjectReader::read(const QString &key, qint64 &out, qint64 minimum, qint64 maximum,
                            Presence presence)
{
    const QJsonValue value = take(key, QJsonValue::Double, presence);
    if (!value.isDouble())
        return;
    const double number = value.toDouble();
    if (number != std::trunc(number)) {
        m_errors.fail(pathOf(key), u"expected a whole number"_s);
        return;
    }
    if (number < double(minimum) || number > double(maximum)) {
        m_errors.fail(pathOf(key),
                      u"expected a whole number from %1 to %2"_s.arg(minimum).arg(maximum));
        return;
    }
    out = static_cast<qint64>(number);
}

void JsonObjectReader::read(const QString &key, int &out, int minimum, int maximum,
                            Presence presence)
{
    qint64 wide = out;
    read(key, wide, minimum, maximum, presence);
    out = static_cast<int>(wide);
}

void JsonObjectReader::readDate(const QString &key, QDateTime &out, Presence presence)
{
    const auto found = m_object.constFind(key);
    if (found != m_object.constEnd() && found.value().isNull()) {
        out = QDateTime();
        return;
    }
    if (found != m_object.constEnd() && !found.value().isString()) {
        m_errors.fail(pathOf(key), u"expected a date (an ISO 8601 string) or null, found "_s +
                                       JsonPath::describe(found.value()));
        return;
    }
    QString text;
    if (!readString(key, text, presence))
        return;
    const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid()) {
        m_errors.fail(pathOf(key),
                      u"%1 is not a date; write ISO 8601, e.g. `2026-01-05T09:00:00.000Z`, "
                      "or null"_s.arg(backticked(text)));
        return;
    }
    out = date;
}

QJsonValue JsonObjectReader::child(const QString &key, Presence presence)
{
    Q_ASSERT(m_knownKeys.contains(key));
    const auto found = m_object.constFind(key);
    if (found != m_object.constEnd())
        return found.value();
    if (presence == Presence::Required)
        m_errors.fail(m_path, u"missing required key "_s + backticked(key));
    return QJsonValue(QJsonValue::Undefined);
}

void JsonObjectReader::unknownValue(const QString &key, const QString &value,
                                    const QStringList &allowed)
{
    m_errors.fail(pathOf(key), u"unknown value %1; expected one of: %2"_s.arg(
                                   backticked(value), allowed.join(u", "_s)));
}

} // namespace gatehouse
