#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

// Writes JSON text in one fixed layout: keys in the order they are written,
// two-space indentation, one value a line, LF line endings and a final
// newline. The same calls give the same bytes, which QJsonDocument (keys
// sorted, four spaces) does not let us choose.
class JsonTextWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next value, or container, belongs to this key of the open object.
    void key(const QString &name);

    void value(const QString &text);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void null();
    // Any JSON value; an object's keys come in QJsonObject's (sorted) order.
    void value(const QJsonValue &json);
    void value(const QStringList &texts);

    // The finished text; every container must be closed.
    QByteArray text() const;

    static QByteArray quotedString(const QString &text);
    // The shortest text that reads back as the same double; whole numbers
    // without a fraction or exponent.
    static QByteArray numberText(double number);

private:
    struct Level
    {
        bool isObject;
        int count;
    };

    void beforeValue();
    void open(char bracket, bool isObject);
    void close(char bracket);
    void newLine();

    QByteArray m_text;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace gatehouse
