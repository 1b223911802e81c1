#include "AuditHtmlReport.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
QString row(const QStringList &cells)
{
    QString out = u"<tr>"_s;
    for (const QString &c : cells)
        out += u"<td>"_s + c.toHtmlEscaped() + u"</td>"_s;
    return out + u"</tr>\n"_s;
}
} // namespace

QByteArray AuditHtmlReport::write(const AuditReport &report)
{
    const QString title = u"Audit of %1"_s.arg(report.projectName).toHtmlEscaped();
    QString out =
        u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>\n"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}"
        "</style></head><body>\n<h1>%1</h1>\n"_s.arg(title);
    out += u"<p>%1 findings: %2 critical, %3 high, %4 medium, %5 low, %6 info; %7 accepted.</p>\n"_s
               .arg(report.findings.size())
               .arg(report.count(Severity::Critical))
               .arg(report.count(Severity::High))
               .arg(report.count(Severity::Medium))
               .arg(report.count(Severity::Low))
               .arg(report.count(Severity::Info))
               .arg(report.acceptedCount());
    out += u"<h2>Findings</h2>\n<table><tr><th>severity</th><th>check</th><th>where</th>"
           "<th>finding</th><th>fix</th><th>accepted</th></tr>\n"_s;
    for (const Finding &f : report.findings)
        out += row({severityId(f.severity), f.checkId, f.location.describe(), f.message,
                    f.fix ? f.fix->describe() : QString(),
                    f.isAccepted() ? u"accepted: "_s + *f.acceptedReason : QString()});
    out += u"</table>\n<h2>Checks</h2>\n<table><tr><th>id</th><th>name</th><th>severity</th>"
           "<th>OWASP</th><th>explanation</th></tr>\n"_s;
    for (const CheckInfo &c : report.checks)
        out += row({c.id, c.name, severityId(c.severity), c.owasp.join(u", "_s), c.explanation});
    out += u"</table>\n</body></html>\n"_s;
    return out.toUtf8();
}

} // namespace gatehouse::audit
