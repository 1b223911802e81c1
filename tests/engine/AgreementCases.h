#pragma once

#include "engine/AccessQuestion.h"
#include "engine/DataStore.h"
#include "engine/EngineResponse.h"
#include "engine/Trace.h"
#include "model/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <functional>

// The questions of the access agreement test (issue 11, item 2), shared by
// its two channels: the engine in process over the memory store
// (tests/engine) and the real server over loopback HTTP and the SQLite live
// data (tests/server). Each channel asks AccessQuestion and its engine the
// same question and hands both answers to `disagreement`.
namespace agreement {

using gatehouse::AccessAnswer;
using Op = gatehouse::DataApiGate::Operation;

inline const QStringList callers{
    QStringLiteral("anonymous"), QStringLiteral("alice"),    QStringLiteral("bob"),
    QStringLiteral("root"),      QStringLiteral("admin"),    QStringLiteral("ping-only"),
    QStringLiteral("tx-reader"), QStringLiteral("wf-only"),  QStringLiteral("expired"),
    QStringLiteral("revoked"),   QStringLiteral("malformed")};

struct Counts
{
    int projects = 0;
    int questions = 0;
    int disagreements = 0;
};

// One call: a workflow (`workflow` set), one record (`recordId` set), or a
// whole type (List, Create, Bulk).
struct Question
{
    QString caller;
    QString workflow;
    QString type;
    Op op = Op::List;
    QString recordId;
    QByteArray method;
    QString target;
    QByteArray body;
    QByteArray contentType = "application/json";
};

// What the engine answered, however it was reached.
struct Observed
{
    int status = 0;
    QByteArray body;
    QString decidedBy; // the deciding trace step's subject; empty without one
    bool hasDecider = false;
    QString traceText;

    static Observed of(const gatehouse::EngineResponse &response)
    {
        Observed observed;
        observed.status = response.status;
        observed.body = response.body;
        if (const gatehouse::TraceStep *step = response.trace.decidingStep()) {
            observed.decidedBy = step->subject;
            observed.hasDecider = true;
        }
        observed.traceText = response.trace.toText();
        return observed;
    }
};

inline gatehouse::PrivacyPermissions randomPermissions(QRandomGenerator &random)
{
    gatehouse::PrivacyPermissions p;
    p.viewAllFields = random.bounded(2);
    p.findInSearches = random.bounded(2);
    p.viewAttachedFiles = random.bounded(2);
    p.createViaApi = random.bounded(2);
    p.modifyViaApi = random.bounded(2);
    p.deleteViaApi = random.bounded(2);
    return p;
}

// The scoped token's grid row for Transaction: find, view, create, modify
// and delete each drawn alone, so find without view and view without find
// come up as often as both.
inline gatehouse::DataTypeScope randomTransactionScope(QRandomGenerator &random)
{
    return {QStringLiteral("Transaction"), random.bounded(2) != 0, random.bounded(2) != 0,
            random.bounded(2) != 0,        random.bounded(2) != 0, random.bounded(2) != 0};
}

// A variant of the demo: every setting that changes a decision, every
// type's permissions, the workflows' exposure and authentication, and the
// scoped tokens' workflow and data scope drawn from `random`.
inline gatehouse::Project generated(const gatehouse::Project &demo, QRandomGenerator &random)
{
    using namespace gatehouse;
    Project project = demo;
    ProjectSettings &s = project.settings;
    s.workflowApiEnabled = random.bounded(5) != 0;
    s.dataApiEnabled = random.bounded(5) != 0;
    s.adminTokensBypassPrivacyInWorkflows = random.bounded(2);
    s.dataApiTypes = {QStringLiteral("Transaction")};
    if (random.bounded(3) == 0)
        s.dataApiTypes.append(QStringLiteral("User"));
    for (DataType &type : project.dataTypes) {
        type.everyoneElse = randomPermissions(random);
        for (PrivacyRule &rule : type.privacyRules)
            rule.permissions = randomPermissions(random);
        if (random.bounded(3) == 0)
            type.privacyRules.append({QStringLiteral("big"),
                                      QStringLiteral("This %1's _id is not \"\"").arg(type.name),
                                      randomPermissions(random)});
    }
    for (Workflow &workflow : project.workflows) {
        workflow.exposed = random.bounded(4) != 0;
        workflow.authentication = AuthMode(random.bounded(3));
    }
    for (Token &token : project.tokens) {
        if (token.name == QStringLiteral("tx-reader") || token.name == QStringLiteral("wf-only"))
            token.scopes.workflows = {
                project.workflows.at(random.bounded(int(project.workflows.size()))).name};
        if (token.name == QStringLiteral("tx-reader"))
            token.scopes.dataTypes = {randomTransactionScope(random)};
    }
    return project;
}

// The project with only the workflow's gates: its parameters, condition
// and steps are not what AccessQuestion answers.
inline gatehouse::Project gatesOnly(gatehouse::Project project, const QString &workflowName)
{
    gatehouse::Workflow &workflow = project.workflows[project.indexOfWorkflow(workflowName)];
    workflow.parameters.clear();
    workflow.actions.clear();
    workflow.condition.clear();
    return project;
}

// Every question of one caller, reads before writes and deletes last, so a
// channel whose store keeps what a call changed still asks each record.
inline QList<Question> questionsOf(const gatehouse::Project &project,
                                   const gatehouse::DataStore &store, const QString &caller)
{
    QList<Question> reads, writes, deletes;
    const auto question = [&caller](const QString &workflow, const QString &type, Op op,
                                    const QString &recordId, const QByteArray &method,
                                    const QString &target, const QByteArray &body = {}) {
        Question q;
        q.caller = caller;
        q.workflow = workflow;
        q.type = type;
        q.op = op;
        q.recordId = recordId;
        q.method = method;
        q.target = target;
        q.body = body;
        return q;
    };
    for (const gatehouse::Workflow &workflow : project.workflows) {
        const QByteArray method = workflow.method == gatehouse::HttpMethod::Get ? "GET" : "POST";
        reads.append(question(workflow.name, {}, Op::List, {}, method,
                              QStringLiteral("/api/1.1/wf/") + workflow.name));
    }
    for (const gatehouse::DataType &type : project.dataTypes) {
        const QString base = QStringLiteral("/api/1.1/obj/") + type.apiName();
        reads.append(question({}, type.name, Op::List, {}, "GET", base));
        const QByteArray createBody = type.isUser() ? QByteArray() : QByteArray("{}");
        writes.append({caller, {}, type.name, Op::Create, {}, "POST", base, createBody});
        writes.append({caller,
                       {},
                       type.name,
                       Op::Bulk,
                       {},
                       "POST",
                       base + QStringLiteral("/bulk"),
                       type.isUser() ? QByteArray() : QByteArray("{}\n"),
                       "text/plain"});
        for (const gatehouse::Record &record : store.recordsOfType(type.name).value()) {
            const QString one = base + u'/' + record.id;
            reads.append(question({}, type.name, Op::Get, record.id, "GET", one));
            writes.append(question({}, type.name, Op::Modify, record.id, "PATCH", one, "{}"));
            deletes.append(question({}, type.name, Op::Delete, record.id, "DELETE", one));
        }
    }
    return reads + writes + deletes;
}

inline QString verdictWord(const AccessAnswer &answer)
{
    return answer.allowed() ? QStringLiteral("allowed") : QStringLiteral("refused");
}

inline bool emptyList(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)[QStringLiteral("response")][QStringLiteral("results")]
        .toArray()
        .isEmpty();
}

// A whole type's answer may depend on each record: only a clear verdict
// binds the engine, and a refused list may answer with nothing found.
inline bool typeAgrees(const Question &q, bool isUser, const AccessAnswer &answer,
                       const Observed &seen)
{
    const bool gateRefused = seen.status == 401 || seen.status == 403 || seen.status == 404;
    if (answer.verdict == AccessAnswer::Verdict::Allowed && !isUser)
        return q.op == Op::Bulk ? seen.body.contains("success") : seen.status < 300;
    if (answer.verdict == AccessAnswer::Verdict::Refused)
        return q.op == Op::List ? (gateRefused || emptyList(seen.body))
                                : (seen.status >= 400 || !seen.body.contains("success"));
    return true;
}

// Empty when the two agree on the verdict and, for a refusal, on the step
// that decided; otherwise the question and both answers in words.
inline QString disagreement(const gatehouse::Project &project, const Question &q,
                            const AccessAnswer &answer, const Observed &seen)
{
    const QString asked =
        q.workflow.isEmpty()
            ? QStringLiteral("%1 %2 %3")
                  .arg(gatehouse::DataApiGate::operationName(q.op), q.type, q.recordId)
            : QStringLiteral("workflow %1").arg(q.workflow);
    bool agrees = false;
    if (q.workflow.isEmpty() && q.recordId.isEmpty()) {
        agrees = typeAgrees(q, project.findDataType(q.type)->isUser(), answer, seen);
    } else {
        const bool passed = q.workflow.isEmpty() ? seen.status < 300 : seen.status == 200;
        agrees = passed == answer.allowed() &&
                 (passed || (seen.hasDecider && seen.decidedBy == answer.decidedBy));
    }
    if (agrees)
        return {};
    return QStringLiteral("%1 by %2: question %3 (%4: %5), engine %6 (%7)")
        .arg(asked, q.caller, verdictWord(answer), answer.decidedBy, answer.reason,
             QString::number(seen.status), seen.traceText);
}

inline QString describe(const gatehouse::Project &project)
{
    using namespace gatehouse;
    QStringList lines;
    const ProjectSettings &s = project.settings;
    lines << QStringLiteral("settings: workflow API %1, data API %2 (%3), admin bypass in "
                            "workflows %4")
                 .arg(s.workflowApiEnabled)
                 .arg(s.dataApiEnabled)
                 .arg(s.dataApiTypes.join(u','))
                 .arg(s.adminTokensBypassPrivacyInWorkflows);
    for (const DataType &type : project.dataTypes) {
        lines << QStringLiteral("type %1: everyone else find %2 create %3 modify %4 delete %5")
                     .arg(type.name)
                     .arg(type.everyoneElse.findInSearches)
                     .arg(type.everyoneElse.createViaApi)
                     .arg(type.everyoneElse.modifyViaApi)
                     .arg(type.everyoneElse.deleteViaApi);
        for (const PrivacyRule &rule : type.privacyRules)
            lines << QStringLiteral("  rule %1 (%2): find %3 create %4 modify %5 delete %6")
                         .arg(rule.name, rule.condition)
                         .arg(rule.permissions.findInSearches)
                         .arg(rule.permissions.createViaApi)
                         .arg(rule.permissions.modifyViaApi)
                         .arg(rule.permissions.deleteViaApi);
    }
    for (const Workflow &w : project.workflows)
        lines << QStringLiteral("workflow %1: exposed %2, auth %3")
                     .arg(w.name)
                     .arg(w.exposed)
                     .arg(authModeId(w.authentication));
    for (const Token &t : project.tokens)
        lines << QStringLiteral("token %1: all workflows %2 (%3), all data %4")
                     .arg(t.name)
                     .arg(t.scopes.allWorkflows)
                     .arg(t.scopes.workflows.join(u','))
                     .arg(t.scopes.allDataTypes);
    return lines.join(u'\n');
}

// Removes rules and workflows while `stillDisagrees` holds, so a failure
// prints the smallest project that shows it.
inline gatehouse::Project
shrunk(gatehouse::Project project,
       const std::function<bool(const gatehouse::Project &)> &stillDisagrees)
{
    bool smaller = true;
    while (smaller) {
        smaller = false;
        for (qsizetype t = 0; t < project.dataTypes.size() && !smaller; ++t) {
            for (qsizetype r = 0; r < project.dataTypes[t].privacyRules.size() && !smaller; ++r) {
                gatehouse::Project candidate = project;
                candidate.dataTypes[t].privacyRules.removeAt(r);
                if (stillDisagrees(candidate)) {
                    project = candidate;
                    smaller = true;
                }
            }
        }
        for (qsizetype w = 0; w < project.workflows.size() && !smaller; ++w) {
            gatehouse::Project candidate = project;
            candidate.workflows.removeAt(w);
            if (stillDisagrees(candidate)) {
                project = candidate;
                smaller = true;
            }
        }
    }
    return project;
}

// The demo and 200 projects generated from a fixed seed, each asked by
// `disagreementIn` (empty when every question agrees); the first
// disagreement with the smallest project that still shows it, or empty.
using Channel = std::function<QString(const gatehouse::Project &, Counts &)>;
inline QString askEveryProject(const gatehouse::Project &demo, Counts &counts,
                               const Channel &disagreementIn)
{
    QRandomGenerator random(20261202);
    QString first;
    for (int i = 0; i <= 200; ++i) {
        const gatehouse::Project project = i == 0 ? demo : generated(demo, random);
        const QString found = disagreementIn(project, counts);
        ++counts.projects;
        if (found.isEmpty() || !first.isEmpty())
            continue;
        const gatehouse::Project smallest = shrunk(project, [&](const gatehouse::Project &p) {
            Counts ignored;
            return !disagreementIn(p, ignored).isEmpty();
        });
        first =
            QStringLiteral("%1\nsmallest project showing it:\n%2").arg(found, describe(smallest));
    }
    return first;
}

} // namespace agreement
