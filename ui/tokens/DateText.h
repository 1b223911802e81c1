#pragma once

#include <QDateTime>
#include <QString>

namespace gatehouse {

// Times as the token manager's tables show them: UTC to the minute.
class DateText
{
public:
    // "2026-12-02 20:22", or `otherwise` for a null time (never, unknown).
    static QString shortDate(const QDateTime &time, const QString &otherwise)
    {
        return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : otherwise;
    }
};

} // namespace gatehouse
