#include "AuditTextReport.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

QByteArray AuditTextReport::write(const AuditReport &report)
{
    QString out =
        u"Audit of %1: %2 findings (%3 critical, %4 high, %5 medium, %6 low, %7 info; %8 accepted)\n"_s
            .arg(report.projectName)
            .arg(report.findings.size())
            .arg(report.count(Severity::Critical))
            .arg(report.count(Severity::High))
            .arg(report.count(Severity::Medium))
            .arg(report.count(Severity::Low))
            .arg(report.count(Severity::Info))
            .arg(report.acceptedCount());
    for (const Finding &f : report.findings) {
        out += u"%1 %2 %3: %4\n"_s.arg(severityId(f.severity).toUpper(), f.checkId,
                                       f.location.describe(), f.message);
        if (f.isAccepted())
            out += u"    accepted: %1\n"_s.arg(*f.acceptedReason);
        if (f.fix)
            out += u"    fix: %1\n"_s.arg(f.fix->describe());
    }
    return out.toUtf8();
}

} // namespace gatehouse::audit
