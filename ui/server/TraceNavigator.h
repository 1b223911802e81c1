#pragma once

#include "audit/SettingLocation.h"
#include "engine/TraceRef.h"

#include <QObject>

#include <functional>

namespace gatehouse {

class AuditNavigator;
class EditorSession;
class PrivacyRulesPanel;

// Shows the setting a trace step was decided by where the editor edits it:
// the workflow's Authentication dropdown, a parameter row, the workflow's or
// a step's "only when", a token in the token manager, a privacy rule in the
// Privacy panel, a project setting. The audit's navigator does the showing.
class TraceNavigator : public QObject
{
    Q_OBJECT

public:
    TraceNavigator(EditorSession *session, AuditNavigator *navigator,
                   std::function<PrivacyRulesPanel *()> showPrivacyRules,
                   QObject *parent = nullptr);

    void show(const TraceRef &ref, const QString &reason);

    struct Place
    {
        audit::SettingLocation location;
        QString field; // the control of a workflow or step to focus
    };
    static Place placeOf(const TraceRef &ref);

private:
    bool showRule(const TraceRef &ref);

    EditorSession *m_session;
    AuditNavigator *m_navigator;
    std::function<PrivacyRulesPanel *()> m_showPrivacyRules;
};

} // namespace gatehouse
