#include "AuditFixtures.h"

#include "audit/Audit.h"
#include "audit/AuditHtmlReport.h"
#include "audit/AuditJsonReport.h"
#include "audit/AuditMarkdownReport.h"
#include "audit/AuditSarifReport.h"
#include "audit/AuditTextReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// The report writers: each format carries every finding, and the machine
// formats hold together.
class tst_AuditReports : public QObject
{
    Q_OBJECT

    audit::AuditReport m_report;

private slots:
    void initTestCase()
    {
        Project p = cleanProject();
        p.name = u"Acme <Payments> & Co"_s;
        p.settings.swaggerEnabled = true;
        p.workflows << flow(
            u"w"_s, AuthMode::NoneRequired,
            {step(ActionKind::CreateThing, {{u"text"_s, u"\"a|b\""_s}}, u"Note"_s)});
        audit::AuditEnvironment env;
        env.now = auditNow();
        m_report = audit::Audit::run(p, env);
        QVERIFY(m_report.findings.size() >= 3);
    }

    void findingsComeWorstFirst()
    {
        for (qsizetype i = 1; i < m_report.findings.size(); ++i)
            QVERIFY(m_report.findings[i - 1].severity >= m_report.findings[i].severity);
        QCOMPARE(m_report.findings.first().severity, audit::Severity::Critical);
        QVERIFY(m_report.hasAtLeast(audit::Severity::Critical));
    }

    void json()
    {
        const QJsonObject doc =
            QJsonDocument::fromJson(audit::AuditJsonReport::write(m_report)).object();
        QCOMPARE(doc[u"findings"_s].toArray().size(), m_report.findings.size());
        QCOMPARE(doc[u"checks"_s].toArray().size(), audit::Audit::checks().size());
        QCOMPARE(doc[u"summary"_s][u"critical"_s].toInt(),
                 m_report.count(audit::Severity::Critical));
        const QJsonObject first = doc[u"findings"_s].toArray().first().toObject();
        QCOMPARE(first[u"check"_s].toString(), u"GH001"_s);
        QCOMPARE(first[u"location"_s][u"path"_s].toString(), u"workflows/w"_s);
        QVERIFY(first[u"fix"_s][u"description"_s].toString().contains(u"User and admin"_s));
    }

    void text()
    {
        const QString text = QString::fromUtf8(audit::AuditTextReport::write(m_report));
        QVERIFY(text.startsWith(u"Audit of Acme"_s));
        QVERIFY(text.contains(u"CRITICAL GH001 workflow `w`"_s));
        QVERIFY(text.contains(u"    fix: Set the authentication of `w` to User and admin"_s));
    }

    void markdownEscapesCells()
    {
        const QString md = QString::fromUtf8(audit::AuditMarkdownReport::write(m_report));
        QVERIFY(md.startsWith(u"# Audit of Acme"_s));
        QCOMPARE(md.count(u"\n| "_s), m_report.findings.size() + 1);
        const QString catalogue =
            QString::fromUtf8(audit::AuditMarkdownReport::catalogue(m_report.checks));
        QCOMPARE(catalogue.count(u"\n| GH"_s), m_report.checks.size());
    }

    void htmlEscapesText()
    {
        const QString html = QString::fromUtf8(audit::AuditHtmlReport::write(m_report));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"Acme &lt;Payments&gt; &amp; Co"_s));
        QVERIFY(!html.contains(u"<Payments>"_s));
        QCOMPARE(html.count(u"<tr><td>"_s), m_report.findings.size() + m_report.checks.size());
    }

    void sarif()
    {
        const QJsonObject doc =
            QJsonDocument::fromJson(audit::AuditSarifReport::write(m_report, u"p.gatehouse"_s))
                .object();
        QCOMPARE(doc[u"version"_s].toString(), u"2.1.0"_s);
        const QJsonObject run = doc[u"runs"_s].toArray().first().toObject();
        const QJsonArray rules = run[u"tool"_s][u"driver"_s][u"rules"_s].toArray();
        QCOMPARE(rules.size(), m_report.checks.size());
        const QJsonArray results = run[u"results"_s].toArray();
        QCOMPARE(results.size(), m_report.findings.size());
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const int index = result[u"ruleIndex"_s].toInt();
            QCOMPARE(rules[index][u"id"_s].toString(), result[u"ruleId"_s].toString());
            QVERIFY(result[u"message"_s][u"text"_s].toString().endsWith(u'.'));
            QCOMPARE(
                result[u"locations"_s][0][u"physicalLocation"_s][u"artifactLocation"_s][u"uri"_s]
                    .toString(),
                u"p.gatehouse"_s);
        }
        QCOMPARE(results.first()[u"level"_s].toString(), u"error"_s);
    }

    void docsListEveryCheck()
    {
        QFile docs(QStringLiteral(GATEHOUSE_SOURCE_DIR "/docs/audit.md"));
        QVERIFY(docs.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(docs.readAll());
        for (const audit::AuditCheck &check : audit::Audit::checks())
            QVERIFY2(text.contains(u"| %1 | `%2` |"_s.arg(check.info.id, check.info.name)),
                     qPrintable(check.info.id));
    }
};

QTEST_GUILESS_MAIN(tst_AuditReports)
#include "tst_auditreports.moc"
