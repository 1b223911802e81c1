#include "AuditJsonReport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

QJsonObject AuditJsonReport::checkJson(const CheckInfo &info)
{
    return {{u"id"_s, info.id},
            {u"name"_s, info.name},
            {u"title"_s, info.title},
            {u"severity"_s, severityId(info.severity)},
            {u"explanation"_s, info.explanation},
            {u"owasp"_s, QJsonArray::fromStringList(info.owasp)},
            {u"pitfalls"_s, QJsonArray::fromStringList(info.pitfalls)}};
}

QJsonObject AuditJsonReport::locationJson(const SettingLocation &location)
{
    return {{u"path"_s, location.path()}, {u"description"_s, location.describe()}};
}

QJsonObject AuditJsonReport::toJson(const AuditReport &report)
{
    QJsonObject summary;
    for (Severity s :
         {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info})
        summary.insert(severityId(s), report.count(s));
    summary.insert(u"accepted"_s, report.acceptedCount());
    QJsonArray findings;
    for (const Finding &f : report.findings) {
        QJsonObject item{{u"check"_s, f.checkId},
                         {u"severity"_s, severityId(f.severity)},
                         {u"message"_s, f.message},
                         {u"location"_s, locationJson(f.location)}};
        if (const CheckInfo *info = report.check(f.checkId))
            item.insert(u"name"_s, info->name);
        if (f.fix)
            item.insert(u"fix"_s, QJsonObject{{u"description"_s, f.fix->describe()},
                                              {u"target"_s, f.fix->target.path()}});
        item.insert(u"accepted"_s, f.isAccepted());
        if (f.isAccepted())
            item.insert(u"acceptedReason"_s, *f.acceptedReason);
        findings.append(item);
    }
    QJsonArray checks;
    for (const CheckInfo &info : report.checks)
        checks.append(checkJson(info));
    return {{u"project"_s, report.projectName},
            {u"ranAt"_s, report.ranAt.toString(Qt::ISODate)},
            {u"summary"_s, summary},
            {u"findings"_s, findings},
            {u"checks"_s, checks}};
}

QByteArray AuditJsonReport::write(const AuditReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace gatehouse::audit
