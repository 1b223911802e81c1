#include "TraceNavigator.h"

#include "EditorSession.h"
#include "audit/AuditNavigator.h"
#include "data/PrivacyRulesPanel.h"
#include "model/Project.h"
#include "model/ProjectDocument.h"

#include <QListView>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Location = audit::SettingLocation;

TraceNavigator::TraceNavigator(EditorSession *session, AuditNavigator *navigator,
                               std::function<PrivacyRulesPanel *()> showPrivacyRules,
                               QObject *parent)
    : QObject(parent), m_session(session), m_navigator(navigator),
      m_showPrivacyRules(std::move(showPrivacyRules))
{
}

TraceNavigator::Place TraceNavigator::placeOf(const TraceRef &ref)
{
    using Kind = TraceRef::Kind;
    switch (ref.kind) {
    case Kind::None:
        return {Location::ofProjectFile(), {}};
    case Kind::Setting:
        return {Location::ofSetting(ref.name), {}};
    case Kind::Workflow:
        return {Location::ofWorkflow(ref.workflow), {}};
    case Kind::Authentication:
        return {Location::ofWorkflow(ref.workflow), u"authentication"_s};
    case Kind::Parameter:
        return {Location::ofParameter(ref.workflow, ref.name), u"parameter"_s};
    case Kind::Condition:
        return {Location::ofWorkflow(ref.workflow), u"condition"_s};
    case Kind::Step:
    case Kind::StepCondition:
        return {Location::ofStep(ref.workflow, ref.step), u"condition"_s};
    case Kind::Token:
        return {Location::ofToken(ref.name), {}};
    case Kind::DataType:
        return {Location::ofDataType(ref.dataType), {}};
    case Kind::PrivacyRule:
        return {Location::ofRule(ref.dataType, ref.name), {}};
    }
    return {Location::ofProjectFile(), {}};
}

void TraceNavigator::show(const TraceRef &ref, const QString &reason)
{
    if (ref.isNone())
        return;
    if (ref.kind == TraceRef::Kind::PrivacyRule && showRule(ref))
        return;
    const Place place = placeOf(ref);
    m_navigator->showLocation(place.location, tr("Trace: %1").arg(reason), place.field);
}

// In the Privacy panel, where a rule is edited, rather than its type alone.
bool TraceNavigator::showRule(const TraceRef &ref)
{
    const Project &project = m_session->document()->project();
    const int type = project.indexOfDataType(ref.dataType);
    PrivacyRulesPanel *panel = type >= 0 && m_showPrivacyRules ? m_showPrivacyRules() : nullptr;
    if (!panel)
        return false;
    const QList<PrivacyRule> &rules = project.dataTypes.at(type).privacyRules;
    int row = -1;
    for (int i = 0; i < rules.size(); ++i) {
        if (rules.at(i).name == ref.name)
            row = i;
    }
    if (row < 0)
        return false;
    panel->selectType(type);
    panel->selectRow(row);
    panel->ruleView()->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace gatehouse
