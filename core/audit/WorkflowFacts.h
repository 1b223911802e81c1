#pragma once

#include "model/Project.h"

namespace gatehouse::audit {

// Static facts about a workflow's steps, read from the model: which kinds
// of action it holds and what its conditions mention. Who may call it is the
// engine's to say (AuditContext), never this class's.
class WorkflowFacts
{
public:
    WorkflowFacts(const Project &project, const Workflow &workflow);

    // Creates, changes or deletes things, itself or through a workflow it schedules.
    bool writesData() const { return !m_writingSteps.isEmpty(); }
    const QList<int> &writingSteps() const { return m_writingSteps; }
    bool deletes() const;
    bool sendsEmail() const { return has(ActionKind::SendEmail); }
    bool accountFlow() const;
    bool has(ActionKind kind) const;
    // The workflow's "only when", or any step's, mentions Current User.
    bool conditionsMentionCurrentUser() const;
    bool takesThingParameter() const;
    // Steps that change or delete a thing handed in as a parameter.
    QList<int> stepsActingOnThingParameter() const;
    bool readsData() const;

    static bool isWrite(ActionKind kind);

private:
    static bool writes(const Project &project, const Workflow &workflow, QStringList &seen);

    const Workflow &m_workflow;
    QList<int> m_writingSteps;
};

} // namespace gatehouse::audit
