#include "ExpectedBodyText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

std::optional<QJsonValue> ExpectedBodyText::jsonValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument wrapped =
        QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return std::nullopt;
    return wrapped.array().first();
}

Result<std::pair<QString, QJsonValue>> ExpectedBodyText::parseOne(const QString &entry)
{
    const qsizetype equals = entry.indexOf(u'=');
    if (equals <= 0 || entry.left(equals).trimmed().isEmpty())
        return Error{u"`%1`: an expected body field is PATH=JSON"_s.arg(entry)};
    const auto value = jsonValue(entry.mid(equals + 1).trimmed());
    if (!value)
        return Error{u"`%1`: the value after = is not JSON (a text is \"quoted\")"_s.arg(entry)};
    return std::pair{entry.left(equals).trimmed(), *value};
}

// Pieces are joined back while the value so far is not JSON, so a `;` inside
// a string stays in it.
Result<QJsonObject> ExpectedBodyText::parse(const QString &text)
{
    QJsonObject fields;
    QString entry;
    const QStringList pieces = text.split(u';');
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        entry += (entry.isEmpty() ? QString() : u";"_s) + pieces.at(i);
        if (entry.trimmed().isEmpty()) {
            entry.clear();
            continue;
        }
        const auto parsed = parseOne(entry.trimmed());
        if (!parsed && i + 1 < pieces.size())
            continue;
        if (!parsed)
            return parsed.error();
        fields.insert(parsed->first, parsed->second);
        entry.clear();
    }
    return fields;
}

QString ExpectedBodyText::format(const QJsonObject &fields)
{
    QStringList entries;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QByteArray json =
            QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        entries.append(it.key() + u'=' + QString::fromUtf8(json.mid(1, json.size() - 2)));
    }
    return entries.join(u"; "_s);
}

} // namespace gatehouse
