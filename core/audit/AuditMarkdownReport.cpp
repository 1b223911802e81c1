#include "AuditMarkdownReport.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

QString AuditMarkdownReport::cell(QString text)
{
    text.replace(u'|', u"\\|"_s);
    text.replace(u'\n', u' ');
    return text;
}

QByteArray AuditMarkdownReport::write(const AuditReport &report)
{
    QString out = u"# Audit of %1\n\n"_s.arg(cell(report.projectName));
    out += u"%1 findings: %2 critical, %3 high, %4 medium, %5 low, %6 info; %7 accepted.\n\n"_s
               .arg(report.findings.size())
               .arg(report.count(Severity::Critical))
               .arg(report.count(Severity::High))
               .arg(report.count(Severity::Medium))
               .arg(report.count(Severity::Low))
               .arg(report.count(Severity::Info))
               .arg(report.acceptedCount());
    if (report.findings.isEmpty())
        return out.toUtf8();
    out += u"| severity | check | where | finding | fix | accepted |\n"
           "|---|---|---|---|---|---|\n"_s;
    for (const Finding &f : report.findings) {
        const CheckInfo *info = report.check(f.checkId);
        out += u"| %1 | %2 %3 | %4 | %5 | %6 | %7 |\n"_s.arg(
            severityId(f.severity), f.checkId, info ? cell(info->name) : QString(),
            cell(f.location.describe()), cell(f.message),
            f.fix ? cell(f.fix->describe()) : QString(),
            f.isAccepted() ? cell(u"accepted: "_s + *f.acceptedReason) : QString());
    }
    return out.toUtf8();
}

QByteArray AuditMarkdownReport::catalogue(const QList<CheckInfo> &checks)
{
    QString out = u"| id | name | severity | OWASP API 2023 | pitfalls | what it finds |\n"
                  "|---|---|---|---|---|---|\n"_s;
    for (const CheckInfo &c : checks)
        out += u"| %1 | `%2` | %3 | %4 | %5 | **%6.** %7 |\n"_s.arg(
            c.id, c.name, severityId(c.severity), c.owasp.join(u", "_s), c.pitfalls.join(u", "_s),
            cell(c.title), cell(c.explanation));
    return out.toUtf8();
}

} // namespace gatehouse::audit
