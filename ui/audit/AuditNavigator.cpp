#include "AuditNavigator.h"

#include "EditorSelection.h"
#include "EditorSession.h"
#include "data/DataTypesPanel.h"
#include "panels/PropertyPanel.h"
#include "settings/ApiSettingsPanel.h"
#include "tokens/TokensPanel.h"

#include "model/Diagnostic.h"

#include <QDockWidget>
#include <QHash>
#include <QLayout>
#include <QListView>
#include <QListWidget>
#include <QScrollArea>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

AuditNavigator::AuditNavigator(EditorSession *session, Targets targets, QObject *parent)
    : QObject(parent), m_session(session), m_targets(std::move(targets))
{
}

QString AuditNavigator::settingWidgetName(const QString &setting)
{
    static const QHash<QString, QString> names{
        {u"workflowApiEnabled"_s, u"workflowApi"_s},
        {u"dataApiEnabled"_s, u"dataApi"_s},
        {u"dataApiTypes"_s, u"dataApiTypes"_s},
        {u"swaggerEnabled"_s, u"swagger"_s},
        {u"tokensInQuerystring"_s, u"tokensInQuery"_s},
        {u"adminTokensBypassPrivacyInWorkflows"_s, u"adminBypassPrivacy"_s},
        {u"userTokenLifetimeSeconds"_s, u"userTokenLifetime"_s},
        {u"stayLoggedInLifetimeSeconds"_s, u"stayLoggedInLifetime"_s},
        {u"userTokenInactivitySeconds"_s, u"inactivityWindow"_s},
        {u"tokenReviewIntervalDays"_s, u"reviewIntervalSetting"_s},
        {u"limits.maxBodyBytes"_s, u"bodyLimit"_s},
        {u"limits.requestsPerMinutePerToken"_s, u"ratePerToken"_s},
        {u"limits.requestsPerMinutePerWorkflow"_s, u"ratePerWorkflow"_s},
        {u"limits.requestsPerMinutePerClient"_s, u"ratePerClient"_s},
        {u"limits.requestsPerMinutePerClientWorkflow"_s, u"ratePerClientWorkflow"_s},
    };
    return names.value(setting);
}

void AuditNavigator::show(const audit::Finding &finding)
{
    showLocation(finding.location, finding.message, {}, finding.checkId);
}

void AuditNavigator::showLocation(const audit::SettingLocation &where, const QString &message,
                                  const QString &field, const QString &code)
{
    using Kind = audit::SettingLocation::Kind;
    switch (where.kind) {
    case Kind::Workflow:
    case Kind::WorkflowStep:
    case Kind::WorkflowParameter:
        showWorkflow(where, message, field, code);
        return;
    case Kind::DataType:
    case Kind::EveryoneElse:
    case Kind::PrivacyRule:
        if (DataTypesPanel *types = m_targets.showDataTypes()) {
            types->selectType(m_session->document()->project().indexOfDataType(where.dataType));
            types->typeView()->setFocus(Qt::OtherFocusReason);
        }
        return;
    case Kind::Token:
        if (TokensPanel *tokens = m_targets.showTokens()) {
            tokens->selectToken(where.token);
            tokens->view()->setFocus(Qt::OtherFocusReason);
        }
        return;
    case Kind::Settings:
        showSetting(where.setting, message);
        return;
    case Kind::ProjectFile:
        m_targets.say(u"%1: %2"_s.arg(where.describe(), message));
        return;
    }
}

void AuditNavigator::showWorkflow(const audit::SettingLocation &where, const QString &message,
                                  const QString &field, const QString &code)
{
    const int workflow = m_session->document()->project().indexOfWorkflow(where.workflow);
    if (workflow < 0)
        return;
    const bool isStep = where.kind == audit::SettingLocation::Kind::WorkflowStep;
    m_targets.selection->select(workflow, isStep ? where.step : -1);
    m_targets.propertiesDock->show();
    m_targets.propertiesDock->raise();
    // As the Problems panel shows a problem: the message at the field.
    Diagnostic shown;
    shown.severity = Diagnostic::Severity::Warning;
    shown.code = code;
    shown.location = where.describe();
    shown.message = message;
    shown.workflow = workflow;
    shown.step = isStep ? where.step : -1;
    shown.field = field;
    if (where.kind == audit::SettingLocation::Kind::WorkflowParameter) {
        shown.field = u"parameter"_s;
        shown.key = where.parameter;
    }
    m_targets.properties->showProblem(shown);
}

void AuditNavigator::showSetting(const QString &setting, const QString &message)
{
    const QString name = settingWidgetName(setting);
    ApiSettingsPanel *panel = name.isEmpty() ? nullptr : m_targets.showSettings();
    QWidget *control = panel ? panel->findChild<QWidget *>(name) : nullptr;
    if (!control) {
        m_targets.say(message);
        return;
    }
    reveal(control);
}

void AuditNavigator::reveal(QWidget *widget)
{
    for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            if (QLayout *layout = area->widget()->layout())
                layout->activate(); // a dock just made has no geometry yet
            area->ensureWidgetVisible(widget);
            break;
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
}

} // namespace gatehouse
