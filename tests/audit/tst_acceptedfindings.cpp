#include "AuditFixtures.h"

#include "audit/Audit.h"
#include "audit/AuditHtmlReport.h"
#include "audit/AuditJsonReport.h"
#include "audit/AuditMarkdownReport.h"
#include "audit/AuditSarifReport.h"
#include "audit/AuditTextReport.h"
#include "model/DemoProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

namespace {
// The demo's two medium findings (GH007, both at the per-workflow limit),
// accepted by a reviewer.
const QString kCheck = u"GH007"_s;
const QString kPath = u"settings/limits.requestsPerMinutePerWorkflow"_s;
const QString kReason = u"the shop's proxy limits log-ins to 10 a minute"_s;

Project demoAccepting(const QString &check, const QString &path)
{
    Project project = DemoProject::build().value();
    project.acceptedFindings << AcceptedFinding{check, path, kReason, auditNow()};
    return project;
}

audit::AuditReport audited(const Project &project)
{
    audit::AuditEnvironment env;
    env.now = auditNow();
    return audit::Audit::run(project, env);
}
} // namespace

// A finding the project accepts is still reported, marked accepted with the
// reviewer's reason, and no longer fails a gate.
class tst_AcceptedFindings : public QObject
{
    Q_OBJECT

    audit::AuditReport m_report;

private slots:
    void initTestCase()
    {
        m_report = audited(demoAccepting(kCheck, kPath));
        QCOMPARE(m_report.findings.size(), audited(DemoProject::build().value()).findings.size());
    }

    void theAcceptedFindingIsMarkedAndOthersAreNot()
    {
        int accepted = 0;
        for (const audit::Finding &f : m_report.findings) {
            const bool match = f.checkId == kCheck && f.location.path() == kPath;
            QCOMPARE(f.isAccepted(), match);
            if (match) {
                QCOMPARE(*f.acceptedReason, kReason);
                ++accepted;
            }
        }
        QCOMPARE(accepted, 2);
        QCOMPARE(m_report.acceptedCount(), 2);
    }

    void anAcceptanceElsewhereMarksNothing()
    {
        const audit::AuditReport report = audited(demoAccepting(kCheck, u"workflows/signup"_s));
        QCOMPARE(report.acceptedCount(), 0);
        QVERIFY(report.hasAtLeast(audit::Severity::Medium));
    }

    void acceptedFindingsDoNotFailTheGate()
    {
        QVERIFY(audited(DemoProject::build().value()).hasAtLeast(audit::Severity::Medium));
        QVERIFY(!m_report.hasAtLeast(audit::Severity::Medium));
        // The low findings are not accepted: they still fail a low gate.
        QVERIFY(m_report.hasAtLeast(audit::Severity::Low));
    }

    void humanReportsShowTheReason_data()
    {
        QTest::addColumn<QByteArray>("report");
        QTest::newRow("text") << audit::AuditTextReport::write(m_report);
        QTest::newRow("markdown") << audit::AuditMarkdownReport::write(m_report);
        QTest::newRow("html") << audit::AuditHtmlReport::write(m_report);
    }

    void humanReportsShowTheReason()
    {
        QFETCH(QByteArray, report);
        const QString text = QString::fromUtf8(report);
        QVERIFY2(text.contains(u"accepted: "_s + kReason), qPrintable(text.left(600)));
        QVERIFY2(text.contains(u"2 accepted"_s), qPrintable(text.left(600)));
    }

    void jsonMarksEachFinding()
    {
        const QJsonObject json = audit::AuditJsonReport::toJson(m_report);
        QCOMPARE(json[u"summary"_s][u"accepted"_s].toInt(), 2);
        int accepted = 0;
        for (const QJsonValue &f : json[u"findings"_s].toArray()) {
            const bool marked = f[u"accepted"_s].toBool();
            QVERIFY(f[u"accepted"_s].isBool());
            QCOMPARE(marked, f[u"check"_s].toString() == kCheck);
            if (marked) {
                QCOMPARE(f[u"acceptedReason"_s].toString(), kReason);
                ++accepted;
            }
        }
        QCOMPARE(accepted, 2);
    }

    // SARIF's own word for it: an external suppression with the reason as
    // its justification, so a code-scanning UI shows it as dismissed.
    void sarifPutsItInSuppressions()
    {
        const QJsonObject sarif = audit::AuditSarifReport::toJson(m_report, u"demo.gatehouse"_s);
        const QJsonArray results = sarif[u"runs"_s][0][u"results"_s].toArray();
        QCOMPARE(results.size(), m_report.findings.size());
        int suppressed = 0;
        for (const QJsonValue &r : results) {
            const QJsonArray suppressions = r[u"suppressions"_s].toArray();
            if (r[u"ruleId"_s].toString() != kCheck) {
                QVERIFY(!r.toObject().contains(u"suppressions"_s));
                continue;
            }
            QCOMPARE(suppressions.size(), 1);
            QCOMPARE(suppressions[0][u"kind"_s].toString(), u"external"_s);
            QCOMPARE(suppressions[0][u"status"_s].toString(), u"accepted"_s);
            QCOMPARE(suppressions[0][u"justification"_s].toString(), kReason);
            ++suppressed;
        }
        QCOMPARE(suppressed, 2);
    }
};

QTEST_GUILESS_MAIN(tst_AcceptedFindings)
#include "tst_acceptedfindings.moc"
