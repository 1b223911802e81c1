#include "BubbleDate.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
int monthOf(const QString &name)
{
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(name.toLower())) + 1;
}

bool isDayName(const QString &name)
{
    static const QStringList days{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                  u"fri"_s, u"sat"_s, u"sun"_s};
    return days.contains(name.toLower());
}
} // namespace

std::optional<QDateTime> BubbleDate::read(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double ms = value.toDouble();
        if (!qIsFinite(ms))
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
    }
    if (value.isString())
        return fromText(value.toString());
    return std::nullopt;
}

std::optional<QDateTime> BubbleDate::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.toUTC();
    if (auto date = fromUsDate(trimmed))
        return date;
    return fromJavaScriptText(trimmed);
}

// "01/13/2016": month, day, year.
std::optional<QDateTime> BubbleDate::fromUsDate(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(1).toInt(),
                     match.captured(2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

// "Wed Jan 13 2016", optionally "16:45:09", optionally "GMT-0500" and a
// zone's name in brackets, which the offset already says.
std::optional<QDateTime> BubbleDate::fromJavaScriptText(const QString &text)
{
    static const QRegularExpression pattern(
        u"^([A-Za-z]{3}) ([A-Za-z]{3}) (\\d{1,2}) (\\d{4})"
        "(?: (\\d{2}):(\\d{2}):(\\d{2})(?: GMT([+-])(\\d{2})(\\d{2})(?: \\([^()]*\\))?)?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || !isDayName(match.captured(1)))
        return std::nullopt;
    const QDate date(match.captured(4).toInt(), monthOf(match.captured(2)),
                     match.captured(3).toInt());
    QTime time(0, 0);
    if (match.hasCaptured(5))
        time =
            QTime(match.captured(5).toInt(), match.captured(6).toInt(), match.captured(7).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (match.hasCaptured(8)) {
        const int minutes = match.captured(9).toInt() * 60 + match.captured(10).toInt();
        offsetSeconds = (match.captured(8) == u"-"_s ? -60 : 60) * minutes;
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

} // namespace gatehouse
