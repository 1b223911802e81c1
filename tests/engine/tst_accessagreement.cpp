#include "AgreementCases.h"
#include "EngineFixture.h"

#include "engine/AccessQuestion.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

// Issue 11, item 2: AccessQuestion and the engine answer every question
// the same, on the demo and on generated variants of it (a fixed seed):
// every workflow and Data API operation, every caller, both values of
// every setting that changes a decision. In process, over the memory store;
// tst_EngineTableOverHttp covers the HTTP adapter on the demo.
class tst_AccessAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m.build());
        Token &reader = m.addToken(u"tx-reader"_s, {});
        reader.scopes.allDataTypes = false;
        reader.scopes.dataTypes = {
            DataTypeScope{.dataType = u"Transaction"_s, .find = true, .view = true}};
        reader.scopes.allWorkflows = false;
        reader.scopes.workflows = {u"public_ping"_s};
        Token &workflowOnly = m.addToken(u"wf-only"_s, {});
        workflowOnly.scopes.allWorkflows = false;
        workflowOnly.scopes.workflows = {u"create_transaction"_s};
    }

    void demoAndGeneratedProjectsAgree()
    {
        QElapsedTimer timer;
        timer.start();
        agreement::Counts counts;
        const QString first = agreement::askEveryProject(
            m.project, counts,
            [this](const Project &p, agreement::Counts &c) { return disagreementIn(p, c); });
        qInfo("access agreement: %d projects (the demo and 200 generated), %d questions, %d "
              "disagreements, in %lld ms (in process, memory store)",
              counts.projects, counts.questions, counts.disagreements, timer.elapsed());
        QVERIFY2(counts.disagreements == 0, qPrintable(first));
    }

private:
    // Empty when they agree; else the first question they disagree on.
    QString disagreementIn(const Project &project, agreement::Counts &counts)
    {
        QString first;
        for (const QString &caller : agreement::callers) {
            for (const agreement::Question &q : agreement::questionsOf(project, *m.store, caller)) {
                ++counts.questions;
                MemoryDataStore store(*m.store);
                // The question first: the engine's call may change the store.
                const AccessAnswer answer = ask(project, store, q);
                const QString d =
                    agreement::disagreement(project, q, answer, engineAnswer(project, store, q));
                if (d.isEmpty())
                    continue;
                ++counts.disagreements;
                if (first.isEmpty())
                    first = d;
            }
        }
        return first;
    }

    AccessAnswer ask(const Project &project, const MemoryDataStore &store,
                     const agreement::Question &q) const
    {
        const AccessQuestion question(project, store, m.clock);
        const EngineRequest request = m.request(q.caller, q.method, q.target);
        return q.workflow.isEmpty() ? question.dataOperation(q.type, q.op, request, q.recordId)
                                    : question.workflow(q.workflow, request);
    }

    agreement::Observed engineAnswer(const Project &project, MemoryDataStore &store,
                                     const agreement::Question &q) const
    {
        const Project asked =
            q.workflow.isEmpty() ? project : agreement::gatesOnly(project, q.workflow);
        Engine engine(std::make_shared<const Project>(asked), store, m.clock);
        return agreement::Observed::of(
            engine.handle(m.request(q.caller, q.method, q.target, q.body, q.contentType)));
    }

    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_AccessAgreement)
#include "tst_accessagreement.moc"
