#include "ProjectExpressionChecker.h"

#include "Checker.h"
#include "ExprDiagnostic.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

Diagnostics ProjectExpressionChecker::check(const Project &project)
{
    Diagnostics out;
    for (const DataType &type : project.dataTypes) {
        for (const PrivacyRule &rule : type.privacyRules) {
            const QString location =
                u"data type %1, privacy rule %2"_s.arg(tick(type.name), tick(rule.name));
            checkOne(project, CheckContext::privacyRule(type.name), rule.condition, location, out);
        }
    }
    for (int index = 0; index < project.workflows.size(); ++index) {
        const qsizetype first = out.size();
        checkWorkflow(project, project.workflows.at(index), out);
        placeFrom(out, first, index);
    }
    return out;
}

void ProjectExpressionChecker::checkWorkflow(const Project &project, const Workflow &workflow,
                                             Diagnostics &out)
{
    const QString where = u"workflow "_s + tick(workflow.name);
    qsizetype first = out.size();
    checkOne(project, CheckContext::workflowCondition(workflow), workflow.condition,
             where + u", condition"_s, out);
    placeFrom(out, first, -1, -1, u"condition"_s);
    for (int i = 0; i < workflow.actions.size(); ++i) {
        const Action &action = workflow.actions.at(i);
        const QString step = where + u", step %1"_s.arg(i + 1);
        first = out.size();
        checkOne(project, CheckContext::actionCondition(workflow, i), action.condition,
                 step + u", condition"_s, out);
        placeFrom(out, first, -1, i, u"condition"_s);
        first = out.size();
        if (!action.info().targetLabel.isEmpty())
            checkOne(project, CheckContext::target(workflow, i), action.target,
                     step + u", "_s + action.info().targetLabel.toLower(), out);
        placeFrom(out, first, -1, i, u"target"_s);
        for (const Assignment &assignment : action.assignments) {
            // A value left empty is a missing expression, unlike an empty
            // condition, which always holds.
            first = out.size();
            checkOne(project, CheckContext::assignment(project, workflow, i, assignment.key),
                     assignment.value, step + u", value "_s + tick(assignment.key), out, false);
            placeFrom(out, first, -1, i, u"value"_s, assignment.key);
        }
    }
}

void ProjectExpressionChecker::checkOne(const Project &project, const CheckContext &context,
                                        const QString &source, const QString &location,
                                        Diagnostics &out, bool mayBeEmpty)
{
    // An empty target is the structural validator's to report.
    if (mayBeEmpty && source.trimmed().isEmpty())
        return;
    CheckResult result = Checker::checkText(project, context, source);
    for (Diagnostic &diagnostic : result.diagnostics) {
        diagnostic.location = location;
        out.append(diagnostic);
    }
}

} // namespace gatehouse::expr
