#include "AuditFixtures.h"

#include "audit/Audit.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// Every check, as data: a project that trips it, a near miss that does not,
// and its fix (where it has one) clearing what it found.
class tst_AuditChecks : public QObject
{
    Q_OBJECT

    static audit::AuditEnvironment environment()
    {
        audit::AuditEnvironment env;
        env.now = auditNow();
        return env;
    }

    static QList<audit::Finding> findingsOf(const QString &check, const Project &project,
                                            const audit::AuditEnvironment &env)
    {
        QList<audit::Finding> found;
        for (const audit::Finding &f : audit::Audit::run(project, env).findings) {
            if (f.checkId == check)
                found << f;
        }
        return found;
    }

    static QString describe(const QList<audit::Finding> &findings)
    {
        QStringList lines;
        for (const audit::Finding &f : findings)
            lines << f.checkId + u' ' + f.message;
        return lines.join(u"; "_s);
    }

    static const CheckCase &caseOf(const QString &check)
    {
        static const QList<CheckCase> cases = checkCases();
        for (const CheckCase &c : cases) {
            if (c.check == check)
                return c;
        }
        qFatal("no case for %s", qPrintable(check));
    }

private slots:
    void cleanProjectHasNoFindings()
    {
        const auto report = audit::Audit::run(cleanProject(), environment());
        QVERIFY2(report.findings.isEmpty(), qPrintable(describe(report.findings)));
    }

    void everyCheckHasACase()
    {
        QSet<QString> cased;
        for (const CheckCase &c : checkCases())
            cased << c.check;
        for (const audit::AuditCheck &check : audit::Audit::checks())
            QVERIFY2(cased.contains(check.info.id), qPrintable(check.info.id));
        QVERIFY(audit::Audit::checks().size() >= 25);
    }

    void checks_data()
    {
        QTest::addColumn<QString>("check");
        for (const audit::AuditCheck &check : audit::Audit::checks())
            QTest::newRow(qPrintable(check.info.id + u' ' + check.info.name)) << check.info.id;
    }

    void checks()
    {
        QFETCH(QString, check);
        const CheckCase &c = caseOf(check);
        Project tripped = cleanProject();
        auto env = environment();
        c.trip(tripped, env);
        const QList<audit::Finding> found = findingsOf(check, tripped, env);
        QVERIFY2(!found.isEmpty(), qPrintable(u"did not trip"_s));

        Project near = cleanProject();
        auto nearEnv = environment();
        c.nearMiss(near, nearEnv);
        const QList<audit::Finding> missed = findingsOf(check, near, nearEnv);
        QVERIFY2(missed.isEmpty(), qPrintable(describe(missed)));

        for (const audit::Finding &f : found) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.location.path().isEmpty());
            if (!f.fix)
                continue;
            const Result<Project> fixed = f.fix->applyTo(tripped);
            QVERIFY2(fixed.ok(), qPrintable(fixed.errorMessage()));
            for (const audit::Finding &after : findingsOf(check, fixed.value(), env))
                QVERIFY2(after.location != f.location, qPrintable(u"the fix `%1` left: %2"_s.arg(
                                                           f.fix->describe(), after.message)));
        }
    }

    // The engine holds an empty condition true for everyone: the audit says
    // so, and never also calls the rule unreachable.
    void anEmptyRuleConditionIsAlwaysTrueNotUnreachable()
    {
        Project project = cleanProject();
        const audit::AuditEnvironment env = environment();
        PrivacyPermissions finding;
        finding.findInSearches = true;
        const int note = project.indexOfDataType(u"Note"_s);
        QVERIFY(note >= 0);
        project.dataTypes[note].privacyRules = {PrivacyRule{u"probe"_s, QString(), finding}};
        QVERIFY2(!findingsOf(u"GH202"_s, project, env).isEmpty(), "always true");
        const QList<audit::Finding> unreachable = findingsOf(u"GH203"_s, project, env);
        QVERIFY2(unreachable.isEmpty(), qPrintable(describe(unreachable)));
    }

    void fixOfAGoneTargetIsAnError()
    {
        audit::AuditFix fix{audit::AuditFix::Kind::StopIgnoringPrivacyRules,
                            audit::SettingLocation::ofWorkflow(u"gone"_s)};
        const Result<Project> fixed = fix.applyTo(cleanProject());
        QVERIFY(!fixed.ok());
        QVERIFY2(fixed.errorMessage().contains(u"`gone`"_s), qPrintable(fixed.errorMessage()));
    }

    void everyCheckIsDescribed()
    {
        QSet<QString> ids;
        for (const audit::AuditCheck &check : audit::Audit::checks()) {
            const audit::CheckInfo &info = check.info;
            QVERIFY2(!ids.contains(info.id), qPrintable(info.id));
            ids << info.id;
            QVERIFY(!info.name.isEmpty() && !info.title.isEmpty());
            QVERIFY2(info.explanation.size() > 80, qPrintable(info.id));
            QVERIFY2(!info.owasp.isEmpty(), qPrintable(info.id));
            for (const QString &item : info.owasp)
                QVERIFY2(QRegularExpression(u"^API([1-9]|10):2023$"_s).match(item).hasMatch(),
                         qPrintable(item));
        }
    }

    void everyPitfallIsCovered()
    {
        QSet<QString> covered;
        for (const audit::AuditCheck &check : audit::Audit::checks())
            for (const QString &p : check.info.pitfalls)
                covered << p;
        for (int i = 1; i <= 21; ++i)
            QVERIFY2(covered.contains(u"P%1"_s.arg(i)), qPrintable(u"P%1"_s.arg(i)));
    }

    // GH304: one finding a stem shared by active tokens, naming them all, at
    // the group's latest token; a pair's finding reads as it always did; a
    // revoked token is in no group.
    void tokensOfOneStemAreOneFinding()
    {
        Project project = cleanProject();
        Token revoked = adminToken(u"stripe-old"_s);
        revoked.revoked = auditNow().addDays(-1);
        project.tokens << adminToken(u"zapier"_s) << adminToken(u"stripe"_s)
                       << adminToken(u"Zapier-2"_s) << revoked << adminToken(u"zapier old"_s)
                       << adminToken(u"stripe v2"_s) << adminToken(u"ci"_s);
        const QList<audit::Finding> found = findingsOf(u"GH304"_s, project, environment());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).message,
                 u"tokens `zapier`, `Zapier-2` and `zapier old` look made for the same purpose"_s);
        QCOMPARE(found.at(0).location, audit::SettingLocation::ofToken(u"zapier old"_s));
        QCOMPARE(found.at(1).message,
                 u"tokens `stripe` and `stripe v2` look made for the same purpose"_s);
        QCOMPARE(found.at(1).location, audit::SettingLocation::ofToken(u"stripe v2"_s));
    }

    // The generated projects' tokens all share one stem: one finding, not
    // one a pair (about 500,000 at N = 5,000).
    void manyTokensOfOneStemAreOneFinding()
    {
        Project project = cleanProject();
        for (int i = 1; i <= 300; ++i)
            project.tokens << adminToken(u"token %1"_s.arg(i));
        const QList<audit::Finding> found = findingsOf(u"GH304"_s, project, environment());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().message.startsWith(u"tokens `token 1`, `token 2`, `token 3`, "_s));
        QVERIFY(found.first().message.endsWith(
            u"`token 299` and `token 300` look made for the same purpose"_s));
        QCOMPARE(found.first().location, audit::SettingLocation::ofToken(u"token 300"_s));
    }
};

QTEST_GUILESS_MAIN(tst_AuditChecks)
#include "tst_auditchecks.moc"
