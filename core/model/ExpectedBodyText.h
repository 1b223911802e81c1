#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <utility>

namespace gatehouse {

// A saved request's expected body fields as people type them: `PATH=JSON`,
// as `suite add --expect-body` takes one, and in the Request panel several
// joined by `;` (`response.ok=true; response.name="a;b"`: a `;` inside a
// JSON string stays in it).
class ExpectedBodyText
{
public:
    static std::optional<QJsonValue> jsonValue(const QString &text);
    // One `PATH=JSON`; the error names the entry and what is wrong with it.
    static Result<std::pair<QString, QJsonValue>> parseOne(const QString &entry);
    // Empty text: no field expected.
    static Result<QJsonObject> parse(const QString &text);
    static QString format(const QJsonObject &fields);
};

} // namespace gatehouse
