#pragma once

#include "JsonPath.h"
#include "ReadErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace gatehouse {

enum class Presence
{
    Required,
    Optional
};

// Reads one JSON object of a config strictly: every key must be one of the
// keys the object may hold, every value of the expected JSON type. Problems
// go to ReadErrors with the JSON path. An optional key that is absent leaves
// the target as it was, so the target's initial value is the default.
class JsonObjectReader
{
public:
    JsonObjectReader(const QJsonValue &value, const QString &path, const QStringList &knownKeys,
                     ReadErrors &errors);

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const { return JsonPath::member(m_path, key); }
    bool has(const QString &key) const { return m_object.contains(key); }
    ReadErrors &errors() const { return m_errors; }

    void read(const QString &key, QString &out, Presence presence = Presence::Required);
    void read(const QString &key, bool &out, Presence presence = Presence::Required);
    void read(const QString &key, QStringList &out, Presence presence = Presence::Required);
    void read(const QString &key, QJsonObject &out, Presence presence = Presence::Required);
    // A whole number in [minimum, maximum].
    void read(const QString &key, qint64 &out, qint64 minimum, qint64 maximum,
              Presence presence = Presence::Required);
    void read(const QString &key, int &out, int minimum, int maximum,
              Presence presence = Presence::Required);
    // An ISO 8601 string, or null for "none".
    void readDate(const QString &key, QDateTime &out, Presence presence = Presence::Required);
    // One of the stable identifiers `fromId` knows; `allowed` lists them for the message.
    template <typename Enum>
    void readId(const QString &key, Enum &out, std::optional<Enum> (*fromId)(const QString &),
                const QStringList &allowed, Presence presence = Presence::Required)
    {
        QString id;
        if (!readString(key, id, presence))
            return;
        if (const std::optional<Enum> parsed = fromId(id))
            out = *parsed;
        else
            unknownValue(key, id, allowed);
    }
    // Calls `each(element, elementPath)` for every element of the array at `key`.
    template <typename Each>
    void forEach(const QString &key, Each each, Presence presence = Presence::Required)
    {
        const QJsonValue value = take(key, QJsonValue::Array, presence);
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && m_errors.ok(); ++i)
            each(array.at(i), JsonPath::element(pathOf(key), i));
    }
    // The value at `key` whatever its type, for a nested reader; undefined if absent.
    QJsonValue child(const QString &key, Presence presence = Presence::Required);

private:
    // The value at `key` if present and of `type`; otherwise reports and
    // returns undefined.
    QJsonValue take(const QString &key, QJsonValue::Type type, Presence presence);
    bool readString(const QString &key, QString &out, Presence presence);
    void checkKeys();
    void unknownValue(const QString &key, const QString &value, const QStringList &allowed);

    QJsonObject m_object;
    QString m_path;
    QStringList m_knownKeys;
    ReadErrors &m_errors;
};

} // namespace gatehouse
