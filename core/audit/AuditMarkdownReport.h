#pragma once

#include "AuditReport.h"

namespace gatehouse::audit {

// The audit as Markdown, for a pull request comment: a summary and a table.
class AuditMarkdownReport
{
public:
    static QByteArray write(const AuditReport &report);
    // The check catalogue as a Markdown table, as docs/audit.md lists it.
    static QByteArray catalogue(const QList<CheckInfo> &checks);

private:
    static QString cell(QString text);
};

} // namespace gatehouse::audit
