#include "model/DemoProject.h"
#include "model/ProjectDocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
Workflow namedWorkflow(const QString &name)
{
    Workflow w;
    w.name = name;
    return w;
}
} // namespace

class tst_ProjectDocument : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_document = std::make_unique<ProjectDocument>(demo.value());
    }

    void insertEmitsPreciseSignals()
    {
        QSignalSpy inserted(m_document.get(), &ProjectDocument::workflowInserted);
        QSignalSpy changed(m_document.get(), &ProjectDocument::changed);
        QVERIFY(m_document->insertWorkflow(2, namedWorkflow(u"nightly"_s)).ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().first().toInt(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_document->project().workflows.at(2).name, u"nightly"_s);
    }

    void refusedEditLeavesProjectAndSignalsAlone()
    {
        const Project before = m_document->project();
        QSignalSpy changed(m_document.get(), &ProjectDocument::changed);
        auto result = m_document->insertWorkflow(0, namedWorkflow(u"signup"_s));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(u"another workflow already has this name"_s),
                 qPrintable(result.errorMessage()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_document->project(), before);
    }

    void outOfRangeIndexIsAnError_data()
    {
        QTest::addColumn<int>("index");
        QTest::newRow("negative") << -1;
        QTest::newRow("past end") << 7;
        QTest::newRow("far past end") << 1000;
    }

    void outOfRangeIndexIsAnError()
    {
        QFETCH(int, index);
        QVERIFY(!m_document->removeWorkflow(index).ok());
        QVERIFY(!m_document->replaceWorkflow(index, namedWorkflow(u"x"_s)).ok());
        QVERIFY(!m_document->moveWorkflow(0, index).ok());
        QCOMPARE(m_document->project().workflows.size(), 7);
    }

    void snapshotIsUntouchedByLaterEdits()
    {
        const auto before = m_document->snapshot();
        QVERIFY(m_document->removeWorkflow(0).ok());
        QCOMPARE(before->workflows.size(), 7);
        QCOMPARE(m_document->snapshot()->workflows.size(), 6);
        QVERIFY(before != m_document->snapshot());
    }

    void moveKeepsEveryWorkflow()
    {
        QSignalSpy moved(m_document.get(), &ProjectDocument::workflowMoved);
        QVERIFY(m_document->moveWorkflow(0, 6).ok());
        QCOMPARE(moved.size(), 1);
        QCOMPARE(m_document->project().workflows.at(6).name, u"issue_token"_s);
        QCOMPARE(m_document->project().workflows.at(0).name, u"signup"_s);
    }

    void renameFollowsReferences()
    {
        Workflow scheduler = namedWorkflow(u"nightly"_s);
        Action schedule;
        schedule.kind = ActionKind::ScheduleWorkflow;
        schedule.workflow = u"internal_recalc"_s;
        scheduler.actions = {schedule};
        QVERIFY(m_document->insertWorkflow(0, scheduler).ok());
        Token token;
        token.name = u"ci"_s;
        token.scopes.allWorkflows = false;
        token.scopes.workflows = {u"internal_recalc"_s};
        QVERIFY(m_document->insertToken(0, token).ok());

        const int index = m_document->project().indexOfWorkflow(u"internal_recalc"_s);
        QVERIFY(m_document->renameWorkflow(index, u"recalculate"_s).ok());
        const Project &p = m_document->project();
        QCOMPARE(p.workflows.at(0).actions.at(0).workflow, u"recalculate"_s);
        QCOMPARE(p.tokens.at(0).scopes.workflows, QStringList{u"recalculate"_s});
    }

    void removingAReferencedTypeIsRefused()
    {
        const int index = m_document->project().indexOfDataType(u"Transaction"_s);
        auto result = m_document->removeDataType(index);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(u"Transaction"_s),
                 qPrintable(result.errorMessage()));
        QVERIFY(m_document->project().findDataType(u"Transaction"_s));
    }

    void settingsChangeIsSignalled()
    {
        QSignalSpy settings(m_document.get(), &ProjectDocument::settingsChanged);
        ProjectSettings s = m_document->project().settings;
        s.swaggerEnabled = true;
        QVERIFY(m_document->setSettings(s).ok());
        QCOMPARE(settings.size(), 1);
        QVERIFY(m_document->project().settings.swaggerEnabled);
    }

    // Accepting a finding is an edit like any other: signalled, and refused
    // without a reason or twice for one (check, setting).
    void acceptedFindingsAreValidatedAndSignalled()
    {
        QSignalSpy accepted(m_document.get(), &ProjectDocument::acceptedFindingsChanged);
        const AcceptedFinding swagger{u"GH401"_s, u"settings/swaggerEnabled"_s, u"docs site"_s, {}};
        QVERIFY(m_document->setAcceptedFindings({swagger}).ok());
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(m_document->project().acceptedFindings, QList<AcceptedFinding>{swagger});
        AcceptedFinding blank = swagger;
        blank.reason = u"  "_s;
        auto refused = m_document->setAcceptedFindings({blank});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"reason"_s), qPrintable(refused.errorMessage()));
        QVERIFY(!m_document->setAcceptedFindings({swagger, swagger}).ok());
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(m_document->project().acceptedFindings.size(), 1);
    }

    // The acceptance follows its workflow through a rename, steps and all;
    // one of a workflow whose name merely starts the same does not.
    void renameCarriesAcceptedFindings()
    {
        QVERIFY(m_document
                    ->setAcceptedFindings(
                        {{u"GH006"_s, u"workflows/signup"_s, u"on purpose"_s, {}},
                         {u"GH010"_s, u"workflows/signup/steps/0"_s, u"admins only"_s, {}},
                         {u"GH006"_s, u"workflows/signup_v2"_s, u"another"_s, {}}})
                    .ok());
        QVERIFY(
            m_document
                ->renameWorkflow(m_document->project().indexOfWorkflow(u"signup"_s), u"register"_s)
                .ok());
        QStringList paths;
        for (const AcceptedFinding &a : m_document->project().acceptedFindings)
            paths << a.settingPath;
        QCOMPARE(paths, (QStringList{u"workflows/register"_s, u"workflows/register/steps/0"_s,
                                     u"workflows/signup_v2"_s}));
    }

    void recordEditsAreValidated()
    {
        Record r = m_document->project().records.at(3);
        r.values.insert(u"amount"_s, u"lots"_s);
        QVERIFY(!m_document->replaceRecord(3, r).ok());
        r.values.insert(u"amount"_s, 42);
        QSignalSpy changed(m_document.get(), &ProjectDocument::recordChanged);
        QVERIFY(m_document->replaceRecord(3, r).ok());
        QCOMPARE(changed.size(), 1);
    }

private:
    std::unique_ptr<ProjectDocument> m_document;
};

QTEST_GUILESS_MAIN(tst_ProjectDocument)
#include "tst_projectdocument.moc"
