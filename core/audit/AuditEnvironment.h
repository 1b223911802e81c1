#pragma once

#include <QDateTime>
#include <QString>

namespace gatehouse::audit {

// What the audit knows beyond the project's definition: when it runs, the
// file the project came from (for its mode) and where it would be served.
struct AuditEnvironment
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString projectFilePath; // empty: not from a file
    QString serveHost;       // empty: not being served
};

} // namespace gatehouse::audit
