#pragma once

#include "AuditEnvironment.h"

#include "engine/AccessQuestion.h"
#include "engine/Clock.h"
#include "engine/MemoryDataStore.h"
#include "model/Project.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse::audit {

// What every check reads: the project, the environment, and the engine's
// verdicts. Every "who may reach or see what" goes through AccessQuestion on
// a copy of the project's test data; a check never decides one itself.
class AuditContext
{
public:
    // `stop`, when given, is asked by stopped(): a check that loops long
    // asks it, and the answers of a stopped context are never reported.
    AuditContext(Project project, AuditEnvironment environment, std::function<bool()> stop = {});

    const Project &project() const { return m_project; }
    const AuditEnvironment &environment() const { return m_environment; }
    QDateTime now() const { return m_environment.now; }
    bool stopped() const { return m_stop && m_stop(); }

    // The principals the audit asks about: anonymous, then each test user.
    // A project without test users gets one made-up user, so "a logged-in
    // user" can still be asked.
    const QList<Principal> &principals() const { return m_principals; }
    static Principal admin();

    AccessAnswer call(const Workflow &workflow, const Principal &principal) const;
    bool anonymousMayCall(const Workflow &workflow) const;
    bool userMayCall(const Workflow &workflow) const;
    // Whether the route reaches it at all (an unrestricted admin token may call it).
    bool reachable(const Workflow &workflow) const;

    AccessAnswer data(const DataType &type, DataApiGate::Operation operation,
                      const Principal &principal) const;
    bool dataReachable(const DataType &type) const;

    // Where a privacy rule's condition holds, over the principals and the
    // probe records (the type's test records, up to kMaxProbedRecords, and one
    // with every field empty and no creator), as the engine decides it: asked
    // on a copy of the project in which the rule is the type's only one and
    // grants only finding. Computed once per rule.
    struct RuleReach
    {
        int holds = 0;
        int asked = 0;
        bool anonymous = false; // holds for an anonymous caller on some record
    };
    RuleReach ruleReach(const DataType &type, const PrivacyRule &rule) const;

    static constexpr int kMaxProbedRecords = 200;
    static constexpr int kMaxProbedUsers = 50;

private:
    // Whether each kind of caller may call a workflow, asked once a workflow.
    struct CallReach
    {
        std::optional<bool> anonymous;
        std::optional<bool> user;
        std::optional<bool> admin;
    };
    CallReach &callReach(const Workflow &workflow) const;

    Project m_project;
    AuditEnvironment m_environment;
    std::function<bool()> m_stop;
    ManualClock m_clock;
    std::unique_ptr<MemoryDataStore> m_store;
    std::unique_ptr<AccessQuestion> m_question;
    QList<Principal> m_principals;
    mutable QHash<QString, RuleReach> m_ruleReach;
    // The first workflow of each name, as the engine's route finds it.
    QHash<QString, qsizetype> m_workflowAt;
    mutable QHash<QString, CallReach> m_callReach;
};

} // namespace gatehouse::audit
