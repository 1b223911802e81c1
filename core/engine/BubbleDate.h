#pragma once

#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace gatehouse {

// A date as Bubble accepts one in a parameter (bubble-api.md §3.2):
// milliseconds since the epoch, ISO 8601, or the text forms its manual
// lists: "Wed Jan 13 2016", "01/13/2016" (month first) and JavaScript's
// "Wed Jan 13 2016 16:45:09 GMT-0500 (EST)". A date without a time or an
// offset is read in UTC. Anything else is not a date.
class BubbleDate
{
public:
    static std::optional<QDateTime> read(const QJsonValue &value);
    static std::optional<QDateTime> fromText(const QString &text);

private:
    static std::optional<QDateTime> fromJavaScriptText(const QString &text);
    static std::optional<QDateTime> fromUsDate(const QString &text);
};

} // namespace gatehouse
