#include "JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace gatehouse {

namespace {
// Doubles hold every integer up to 2^53 exactly.
constexpr double kLargestExactInteger = 9007199254740992.0;
} // namespace

void JsonTextWriter::beginObject()
{
    open('{', true);
}

void JsonTextWriter::endObject()
{
    close('}');
}

void JsonTextWriter::beginArray()
{
    open('[', false);
}

void JsonTextWriter::endArray()
{
    close(']');
}

void JsonTextWriter::key(const QString &name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().isObject);
    beforeValue();
    m_text += quotedString(name);
    m_text += ": ";
    m_afterKey = true;
}

void JsonTextWriter::value(const QString &text)
{
    beforeValue();
    m_text += quotedString(text);
}

void JsonTextWriter::value(bool flag)
{
    beforeValue();
    m_text += flag ? "true" : "false";
}

void JsonTextWriter::value(qint64 number)
{
    beforeValue();
    m_text += QByteArray::number(number);
}

void JsonTextWriter::null()
{
    beforeValue();
    m_text += "null";
}

void JsonTextWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        value(json.toBool());
        return;
    case QJsonValue::Double:
        beforeValue();
        m_text += numberText(json.toDouble());
        return;
    case QJsonValue::String:
        value(json.toString());
        return;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &item : json.toArray())
            value(item);
        endArray();
        return;
    case QJsonValue::Object: {
        const QJsonObject object = json.toObject();
        beginObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    }
}

void JsonTextWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

QByteArray JsonTextWriter::text() const
{
    Q_ASSERT(m_levels.isEmpty());
    return m_text + '\n';
}

QByteArray JsonTextWriter::quotedString(const QString &text)
{
    static const char hexDigits[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hexDigits[byte >> 4];
                out += hexDigits[byte & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray JsonTextWriter::numberText(double number)
{
    if (!std::isfinite(number))
        return "null"; // JSON has no infinity; QJsonValue never holds one
    if (number == std::trunc(number) && std::fabs(number) <= kLargestExactInteger)
        return QByteArray::number(static_cast<qint64>(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count > 0)
        m_text += ',';
    ++level.count;
    newLine();
}

void JsonTextWriter::open(char bracket, bool isObject)
{
    beforeValue();
    m_text += bracket;
    m_levels.append(Level{isObject, 0});
}

void JsonTextWriter::close(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty());
    const bool empty = m_levels.last().count == 0;
    m_levels.removeLast();
    if (!empty)
        newLine();
    m_text += bracket;
}

void JsonTextWriter::newLine()
{
    m_text += '\n';
    m_text += QByteArray(2 * m_levels.size(), ' ');
}

} // namespace gatehouse
