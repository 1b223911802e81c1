#include "AuditSarifReport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
QJsonObject text(const QString &t)
{
    return {{u"text"_s, t}};
}

// SARIF messages are sentences: a capital first letter and a final period.
QString sentence(QString t)
{
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t.endsWith(u'.') ? t : t + u'.';
}

// "none-required-writes" -> "NoneRequiredWrites", as SARIF's rule names go.
QString pascal(const QString &name)
{
    QString out;
    for (const QString &part : name.split(u'-', Qt::SkipEmptyParts))
        out += part.left(1).toUpper() + part.mid(1);
    return out;
}
} // namespace

QString AuditSarifReport::securitySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return u"9.5"_s;
    case Severity::High:
        return u"7.5"_s;
    case Severity::Medium:
        return u"5.0"_s;
    case Severity::Low:
        return u"2.5"_s;
    case Severity::Info:
        return u"0.0"_s;
    }
    return u"0.0"_s;
}

QJsonObject AuditSarifReport::rule(const CheckInfo &info)
{
    QStringList tags{u"security"_s};
    for (const QString &item : info.owasp)
        tags << u"OWASP-"_s + item;
    return {
        {u"id"_s, info.id},
        {u"name"_s, pascal(info.name)},
        {u"shortDescription"_s, text(sentence(info.title))},
        {u"fullDescription"_s, text(sentence(info.explanation))},
        {u"help"_s, text(sentence(info.explanation))},
        {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, sarifLevel(info.severity)}}},
        {u"properties"_s, QJsonObject{{u"tags"_s, QJsonArray::fromStringList(tags)},
                                      {u"security-severity"_s, securitySeverity(info.severity)}}}};
}

QJsonObject AuditSarifReport::result(const Finding &finding, int ruleIndex,
                                     const QString &artifactUri)
{
    QJsonObject location{{u"logicalLocations"_s,
                          QJsonArray{QJsonObject{{u"fullyQualifiedName"_s, finding.location.path()},
                                                 {u"name"_s, finding.location.describe()},
                                                 {u"kind"_s, u"member"_s}}}}};
    if (!artifactUri.isEmpty())
        location.insert(u"physicalLocation"_s,
                        QJsonObject{{u"artifactLocation"_s, QJsonObject{{u"uri"_s, artifactUri}}}});
    QJsonObject out{{u"ruleId"_s, finding.checkId},
                    {u"ruleIndex"_s, ruleIndex},
                    {u"level"_s, sarifLevel(finding.severity)},
                    {u"message"_s, text(sentence(finding.message))},
                    {u"locations"_s, QJsonArray{location}},
                    {u"partialFingerprints"_s,
                     QJsonObject{{u"gatehouseFinding/v1"_s,
                                  finding.checkId + u':' + finding.location.path()}}}};
    if (finding.fix)
        out.insert(u"properties"_s, QJsonObject{{u"fix"_s, finding.fix->describe()}});
    // Accepted in the project, not in the source it points at: "external".
    if (finding.isAccepted())
        out.insert(u"suppressions"_s,
                   QJsonArray{QJsonObject{{u"kind"_s, u"external"_s},
                                          {u"status"_s, u"accepted"_s},
                                          {u"justification"_s, *finding.acceptedReason}}});
    return out;
}

QJsonObject AuditSarifReport::toJson(const AuditReport &report, const QString &artifactUri)
{
    QJsonArray rules;
    for (const CheckInfo &info : report.checks)
        rules.append(rule(info));
    QJsonArray results;
    for (const Finding &f : report.findings) {
        int index = 0;
        while (index < report.checks.size() && report.checks[index].id != f.checkId)
            ++index;
        results.append(result(f, index, artifactUri));
    }
    const QJsonObject driver{{u"name"_s, u"gatehouse-audit"_s},
                             {u"semanticVersion"_s, QStringLiteral(GATEHOUSE_VERSION)},
                             {u"rules"_s, rules}};
    QJsonObject run{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}}, {u"results"_s, results}};
    if (!artifactUri.isEmpty())
        run.insert(u"artifacts"_s,
                   QJsonArray{QJsonObject{{u"location"_s, QJsonObject{{u"uri"_s, artifactUri}}}}});
    return {{u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
            {u"version"_s, u"2.1.0"_s},
            {u"runs"_s, QJsonArray{run}}};
}

QByteArray AuditSarifReport::write(const AuditReport &report, const QString &artifactUri)
{
    return QJsonDocument(toJson(report, artifactUri)).toJson(QJsonDocument::Indented);
}

} // namespace gatehouse::audit
