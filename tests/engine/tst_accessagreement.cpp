#include "EngineFixture.h"

#include "engine/AccessQuestion.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

using Op = DataApiGate::Operation;

namespace {
const QStringList kCallers{u"anonymous"_s, u"alice"_s,     u"bob"_s,       u"root"_s,
                           u"admin"_s,     u"ping-only"_s, u"tx-reader"_s, u"wf-only"_s,
                           u"expired"_s,   u"revoked"_s,   u"malformed"_s};

struct Counts
{
    int projects = 0;
    int questions = 0;
    int disagreements = 0;
};

PrivacyPermissions randomPermissions(QRandomGenerator &random)
{
    PrivacyPermissions p;
    p.viewAllFields = random.bounded(2);
    p.findInSearches = random.bounded(2);
    p.viewAttachedFiles = random.bounded(2);
    p.createViaApi = random.bounded(2);
    p.modifyViaApi = random.bounded(2);
    p.deleteViaApi = random.bounded(2);
    return p;
}

QString describe(const Project &project)
{
    QStringList lines;
    const ProjectSettings &s = project.settings;
    lines << u"settings: workflow API %1, data API %2 (%3), admin bypass in workflows %4"_s
                 .arg(s.workflowApiEnabled)
                 .arg(s.dataApiEnabled)
                 .arg(s.dataApiTypes.join(u","_s))
                 .arg(s.adminTokensBypassPrivacyInWorkflows);
    for (const DataType &type : project.dataTypes) {
        lines << u"type %1: everyone else find %2 create %3 modify %4 delete %5"_s.arg(type.name)
                     .arg(type.everyoneElse.findInSearches)
                     .arg(type.everyoneElse.createViaApi)
                     .arg(type.everyoneElse.modifyViaApi)
                     .arg(type.everyoneElse.deleteViaApi);
        for (const PrivacyRule &rule : type.privacyRules)
            lines << u"  rule %1 (%2): find %3 create %4 modify %5 delete %6"_s
                         .arg(rule.name, rule.condition)
                         .arg(rule.permissions.findInSearches)
                         .arg(rule.permissions.createViaApi)
                         .arg(rule.permissions.modifyViaApi)
                         .arg(rule.permissions.deleteViaApi);
    }
    for (const Workflow &w : project.workflows)
        lines << u"workflow %1: exposed %2, auth %3"_s.arg(w.name).arg(w.exposed).arg(
            authModeId(w.authentication));
    for (const Token &t : project.tokens)
        lines << u"token %1: all workflows %2 (%3), all data %4"_s.arg(t.name)
                     .arg(t.scopes.allWorkflows)
                     .arg(t.scopes.workflows.join(u","_s))
                     .arg(t.scopes.allDataTypes);
    return lines.join(u'\n');
}
} // namespace

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
        reader.scopes.dataTypes = {DataTypeScope{u"Transaction"_s, true}};
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
        QRandomGenerator random(20261202);
        Counts counts;
        const Project demo = m.project;
        QString first;
        for (int i = 0; i <= 200; ++i) {
            Project project = i == 0 ? demo : generated(demo, random);
            const QString disagreement = disagreementIn(project, counts);
            ++counts.projects;
            if (!disagreement.isEmpty() && first.isEmpty())
                first = u"%1\nsmallest project showing it:\n%2"_s.arg(disagreement,
                                                                      describe(shrunk(project)));
        }
        qInfo("access agreement: %d projects (the demo and 200 generated), %d questions, %d "
              "disagreements, in %lld ms (in process, memory store)",
              counts.projects, counts.questions, counts.disagreements, timer.elapsed());
        QVERIFY2(counts.disagreements == 0, qPrintable(first));
    }

private:
    Project generated(const Project &demo, QRandomGenerator &random) const
    {
        Project project = demo;
        ProjectSettings &s = project.settings;
        s.workflowApiEnabled = random.bounded(5) != 0;
        s.dataApiEnabled = random.bounded(5) != 0;
        s.adminTokensBypassPrivacyInWorkflows = random.bounded(2);
        s.dataApiTypes = {u"Transaction"_s};
        if (random.bounded(3) == 0)
            s.dataApiTypes.append(u"User"_s);
        for (DataType &type : project.dataTypes) {
            type.everyoneElse = randomPermissions(random);
            for (PrivacyRule &rule : type.privacyRules)
                rule.permissions = randomPermissions(random);
            if (random.bounded(3) == 0)
                type.privacyRules.append({u"big"_s, u"This %1's _id is not \"\""_s.arg(type.name),
                                          randomPermissions(random)});
        }
        for (Workflow &workflow : project.workflows) {
            workflow.exposed = random.bounded(4) != 0;
            workflow.authentication = AuthMode(random.bounded(3));
        }
        for (Token &token : project.tokens) {
            if (token.name == u"tx-reader"_s || token.name == u"wf-only"_s)
                token.scopes.workflows = {
                    project.workflows.at(random.bounded(int(project.workflows.size()))).name};
        }
        return project;
    }

    // Empty when they agree; else the first question they disagree on.
    QString disagreementIn(const Project &project, Counts &counts)
    {
        QString first;
        const auto note = [&](const QString &what) {
            ++counts.disagreements;
            if (first.isEmpty())
                first = what;
        };
        for (const QString &caller : kCallers) {
            for (const Workflow &workflow : project.workflows) {
                ++counts.questions;
                if (const QString d = workflowDisagreement(project, caller, workflow.name);
                    !d.isEmpty())
                    note(d);
            }
            for (const DataType &type : project.dataTypes) {
                for (const Op op : {Op::Get, Op::Modify, Op::Delete}) {
                    for (const Record &record : m.store->recordsOfType(type.name).value()) {
                        ++counts.questions;
                        if (const QString d =
                                recordDisagreement(project, caller, type, op, record.id);
                            !d.isEmpty())
                            note(d);
                    }
                }
                for (const Op op : {Op::List, Op::Create, Op::Bulk}) {
                    ++counts.questions;
                    if (const QString d = typeDisagreement(project, caller, type, op); !d.isEmpty())
                        note(d);
                }
            }
        }
        return first;
    }

    EngineResponse call(const Project &project, MemoryDataStore &store, const QString &caller,
                        const QByteArray &method, const QString &target, const QByteArray &body,
                        const QByteArray &type = "application/json")
    {
        Engine engine(std::make_shared<const Project>(project), store, m.clock);
        return engine.handle(m.request(caller, method, target, body, type));
    }

    static bool sameDecider(const AccessAnswer &answer, const EngineResponse &response)
    {
        const TraceStep *step = response.trace.decidingStep();
        return step && step->subject == answer.decidedBy;
    }

    QString workflowDisagreement(const Project &project, const QString &caller, const QString &name)
    {
        const Workflow *workflow = project.findWorkflow(name);
        const QByteArray method = workflow->method == HttpMethod::Get ? "GET" : "POST";
        const QString target = u"/api/1.1/wf/"_s + name;
        MemoryDataStore store(*m.store);
        const AccessAnswer answer = AccessQuestion(project, store, m.clock)
                                        .workflow(name, m.request(caller, method, target));
        // Only the gates: the workflow's parameters and steps are not asked.
        Workflow gateOnly = *workflow;
        gateOnly.parameters.clear();
        gateOnly.actions.clear();
        gateOnly.condition.clear();
        Project bare = project;
        bare.workflows[bare.indexOfWorkflow(name)] = gateOnly;
        const EngineResponse response = call(bare, store, caller, method, target, {});
        const bool passed = response.status == 200;
        if (passed == answer.allowed() && (passed || sameDecider(answer, response)))
            return {};
        return u"workflow %1 by %2: question %3 (%4: %5), engine %6 (%7)"_s.arg(
            name, caller, answer.allowed() ? u"allowed"_s : u"refused"_s, answer.decidedBy,
            answer.reason, QString::number(response.status), response.trace.toText());
    }

    QString recordDisagreement(const Project &project, const QString &caller, const DataType &type,
                               Op op, const QString &id)
    {
        MemoryDataStore store(*m.store);
        const QString target = u"/api/1.1/obj/%1/%2"_s.arg(type.apiName(), id);
        const QByteArray method = op == Op::Get ? "GET" : op == Op::Modify ? "PATCH" : "DELETE";
        const AccessAnswer answer =
            AccessQuestion(project, store, m.clock)
                .dataOperation(type.name, op, m.request(caller, method, target), id);
        const EngineResponse response =
            call(project, store, caller, method, target, op == Op::Modify ? "{}" : QByteArray());
        const bool passed = response.status < 300;
        if (passed == answer.allowed() && (passed || sameDecider(answer, response)))
            return {};
        return u"%1 %2 `%3` by %4: question %5 (%6: %7), engine %8 (%9)"_s.arg(
            DataApiGate::operationName(op), type.name, id, caller,
            answer.allowed() ? u"allowed"_s : u"refused"_s, answer.decidedBy, answer.reason,
            QString::number(response.status), response.trace.toText());
    }

    QString typeDisagreement(const Project &project, const QString &caller, const DataType &type,
                             Op op)
    {
        MemoryDataStore store(*m.store);
        const bool bulk = op == Op::Bulk;
        const QString target =
            u"/api/1.1/obj/%1%2"_s.arg(type.apiName(), bulk ? u"/bulk"_s : QString());
        const QByteArray method = op == Op::List ? "GET" : "POST";
        const AccessAnswer answer =
            AccessQuestion(project, store, m.clock)
                .dataOperation(type.name, op, m.request(caller, method, target));
        const QByteArray body = type.isUser() ? QByteArray() : QByteArray(bulk ? "{}\n" : "{}");
        const EngineResponse response = call(project, store, caller, method, target, body,
                                             bulk ? "text/plain" : "application/json");
        const bool gateRefused =
            response.status == 401 || response.status == 403 || response.status == 404;
        bool agrees = true;
        if (answer.verdict == AccessAnswer::Verdict::Allowed && !type.isUser())
            agrees = op == Op::Bulk ? response.body.contains("success") : response.status < 300;
        else if (answer.verdict == AccessAnswer::Verdict::Refused)
            agrees = op == Op::List
                         ? (gateRefused || emptyList(response))
                         : (response.status >= 400 || !response.body.contains("success"));
        if (agrees)
            return {};
        return u"%1 %2 by %3: question %4 (%5), engine %6 (%7)"_s.arg(
            DataApiGate::operationName(op), type.name, caller, answer.reason, answer.decidedBy,
            QString::number(response.status), response.trace.toText());
    }

    static bool emptyList(const EngineResponse &response)
    {
        return response.jsonBody()[u"response"_s][u"results"_s].toArray().isEmpty();
    }

    // Removes rules, workflows and types from the Data API while the project
    // still shows a disagreement.
    Project shrunk(Project project)
    {
        Counts ignored;
        bool smaller = true;
        while (smaller) {
            smaller = false;
            for (qsizetype t = 0; t < project.dataTypes.size() && !smaller; ++t) {
                for (qsizetype r = 0; r < project.dataTypes[t].privacyRules.size(); ++r) {
                    Project candidate = project;
                    candidate.dataTypes[t].privacyRules.removeAt(r);
                    if (!disagreementIn(candidate, ignored).isEmpty()) {
                        project = candidate;
                        smaller = true;
                        break;
                    }
                }
            }
            for (qsizetype w = 0; w < project.workflows.size() && !smaller; ++w) {
                Project candidate = project;
                candidate.workflows.removeAt(w);
                if (!disagreementIn(candidate, ignored).isEmpty()) {
                    project = candidate;
                    smaller = true;
                }
            }
        }
        return project;
    }

    EngineFixture m;
};

QTEST_GUILESS_MAIN(tst_AccessAgreement)
#include "tst_accessagreement.moc"
