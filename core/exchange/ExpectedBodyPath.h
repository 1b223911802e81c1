#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// A saved request's expected body field, "response.items.0.amount": the
// keys and array indexes from the body's top, split at dots. The suite runner
// and the Postman and Bruno exports read it the same way.
class ExpectedBodyPath
{
public:
    static QStringList segments(const QString &path);
    // The value at `path` in `body`, or nothing when the body has none there.
    static std::optional<QJsonValue> find(const QJsonValue &body, const QString &path);
    // `["response"]["items"][0]`: the path as a JavaScript accessor, each key
    // a JSON string literal, so no key can break out of the script.
    static QString javaScriptAccessor(const QString &path);
};

} // namespace gatehouse
