#include "AuditContext.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
using Op = DataApiGate::Operation;

QString emptyProbeId(const QString &type)
{
    return u"audit-probe-empty-"_s + type;
}

Principal userPrincipal(const QString &id)
{
    Principal p;
    p.kind = Principal::Kind::User;
    p.userId = id;
    p.tokenName = u"session"_s;
    return p;
}

QList<Record> withEmptyProbes(const Project &project)
{
    QList<Record> records = project.records;
    for (const DataType &type : project.dataTypes) {
        Record empty;
        empty.id = emptyProbeId(type.name);
        empty.type = type.name;
        records << empty;
    }
    return records;
}
} // namespace

AuditContext::AuditContext(Project project, AuditEnvironment environment,
                           std::function<bool()> stop)
    : m_project(std::move(project)), m_environment(std::move(environment)), m_stop(std::move(stop)),
      m_clock(m_environment.now),
      m_store(std::make_unique<MemoryDataStore>(withEmptyProbes(m_project))),
      m_question(std::make_unique<AccessQuestion>(m_project, *m_store, m_clock))
{
    m_principals << Principal::anonymous();
    for (const Record &record : std::as_const(m_project.records)) {
        if (record.type == DataType::userTypeName() && m_principals.size() <= kMaxProbedUsers)
            m_principals << userPrincipal(record.id);
    }
    if (m_principals.size() == 1)
        m_principals << userPrincipal(u"audit-user"_s);
    for (qsizetype i = m_project.workflows.size() - 1; i >= 0; --i)
        m_workflowAt.insert(m_project.workflows.at(i).name, i);
}

Principal AuditContext::admin()
{
    Principal p;
    p.kind = Principal::Kind::Admin;
    p.tokenName = u"audit"_s;
    return p;
}

// Asked of the project with the workflow of that name alone, so the route
// finds it without scanning thousands: a workflow's gates read the settings,
// the workflow and the caller only (as MatrixBuilder asks;
// tst_auditlarge compares with the whole project).
AccessAnswer AuditContext::call(const Workflow &workflow, const Principal &principal) const
{
    const qsizetype at = m_workflowAt.value(workflow.name, -1);
    if (at < 0)
        return m_question->workflow(workflow.name, principal); // unknown: the route says so
    Project alone = m_project;
    alone.workflows = {m_project.workflows.at(at)};
    return AccessQuestion(alone, *m_store, m_clock).workflow(workflow.name, principal);
}

AuditContext::CallReach &AuditContext::callReach(const Workflow &workflow) const
{
    return m_callReach[workflow.name];
}

bool AuditContext::anonymousMayCall(const Workflow &workflow) const
{
    std::optional<bool> &known = callReach(workflow).anonymous;
    if (!known)
        known = call(workflow, Principal::anonymous()).allowed();
    return *known;
}

bool AuditContext::userMayCall(const Workflow &workflow) const
{
    std::optional<bool> &known = callReach(workflow).user;
    if (known)
        return *known;
    known = false;
    for (const Principal &principal : m_principals) {
        if (!principal.isAnonymous() && call(workflow, principal).allowed()) {
            known = true;
            break;
        }
    }
    return *known;
}

bool AuditContext::reachable(const Workflow &workflow) const
{
    std::optional<bool> &known = callReach(workflow).admin;
    if (!known)
        known = call(workflow, admin()).allowed();
    return *known;
}

AccessAnswer AuditContext::data(const DataType &type, Op operation,
                                const Principal &principal) const
{
    return m_question->dataOperation(type.name, operation, principal);
}

bool AuditContext::dataReachable(const DataType &type) const
{
    return data(type, Op::List, admin()).allowed();
}

AuditContext::RuleReach AuditContext::ruleReach(const DataType &type, const PrivacyRule &rule) const
{
    const QString key = type.name + u'\n' + rule.name;
    if (const auto cached = m_ruleReach.constFind(key); cached != m_ruleReach.cend())
        return *cached;
    Project alone = m_project;
    alone.settings.dataApiEnabled = true;
    alone.settings.dataApiTypes = {type.name};
    DataType &copy = alone.dataTypes[alone.indexOfDataType(type.name)];
    PrivacyRule probe = rule;
    probe.permissions = PrivacyPermissions::nothing();
    probe.permissions.findInSearches = true;
    copy.privacyRules = {probe};
    copy.everyoneElse = PrivacyPermissions::nothing();
    const AccessQuestion question(alone, *m_store, m_clock);
    // A memory store's reads do not fail; were one to, no record is probed.
    Result<QList<Record>> read = m_store->recordsOfType(type.name);
    QList<Record> records = read ? std::move(read).value() : QList<Record>();
    if (records.size() > kMaxProbedRecords + 1)
        records = records.mid(0, kMaxProbedRecords) << records.last(); // the empty probe is last
    RuleReach reach;
    for (const Principal &principal : m_principals) {
        if (stopped())
            return reach; // never kept: a stopped audit reports nothing
        for (const Record &record : std::as_const(records)) {
            const bool holds =
                question.dataOperation(type.name, Op::Get, principal, record.id).allowed();
            ++reach.asked;
            reach.holds += holds ? 1 : 0;
            reach.anonymous = reach.anonymous || (holds && principal.isAnonymous());
        }
    }
    m_ruleReach.insert(key, reach);
    return reach;
}

} // namespace gatehouse::audit
