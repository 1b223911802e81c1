#include "DuplicateKeyScanner.h"

#include "JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// One open object or array: its path, and where in it the scan is.
struct Container
{
    bool isObject;
    QString path;
    QSet<QString> keys;
    QString currentKey;
    qsizetype index = 0;
    bool expectingKey = true;
};

QString pathOfValue(const Container &container)
{
    return container.isObject ? JsonPath::member(container.path, container.currentKey)
                              : JsonPath::element(container.path, container.index);
}
} // namespace

void DuplicateKeyScanner::scan(const QByteArray &json, ReadErrors &errors)
{
    QList<Container> open;
    qsizetype pos = 0;
    while (pos < json.size() && errors.ok()) {
        const char c = json.at(pos);
        if (c == '{' || c == '[') {
            const QString path = open.isEmpty() ? JsonPath::root() : pathOfValue(open.last());
            open.append(Container{c == '{', path, {}, {}, 0, true});
            ++pos;
        } else if (c == '}' || c == ']') {
            open.removeLast();
            ++pos;
        } else if (c == ',' && !open.isEmpty()) {
            open.last().expectingKey = open.last().isObject;
            ++open.last().index;
            ++pos;
        } else if (c == '"') {
            const QString text = readString(json, pos);
            if (open.isEmpty() || !open.last().isObject || !open.last().expectingKey)
                continue;
            Container &object = open.last();
            object.currentKey = text;
            object.expectingKey = false;
            if (object.keys.contains(text))
                errors.fail(pathOfValue(object),
                            u"the key `%1` appears twice in this object"_s.arg(text));
            object.keys.insert(text);
        } else {
            ++pos;
        }
    }
}

QString DuplicateKeyScanner::readString(const QByteArray &json, qsizetype &pos)
{
    const qsizetype start = pos;
    bool escaped = false;
    for (++pos; pos < json.size(); ++pos) {
        const char c = json.at(pos);
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            break;
        }
    }
    ++pos; // past the closing quote
    const QByteArray quoted = json.mid(start, pos - start);
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    // Escapes: let the JSON parser decode them.
    return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
}

} // namespace gatehouse
