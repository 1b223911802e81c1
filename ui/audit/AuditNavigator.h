#pragma once

#include "audit/Finding.h"

#include <QObject>

#include <functional>

class QDockWidget;
class QWidget;

namespace gatehouse {

class ApiSettingsPanel;
class DataTypesPanel;
class EditorSession;
class EditorSelection;
class PropertyPanel;
class TokensPanel;

// Shows the setting an audit finding points at where the editor edits it:
// a workflow, step or parameter through the selection and the properties
// (the Problems panel's route), a data type in the Data Types panel, a token
// in the token manager, a project setting in the API Settings dock.
class AuditNavigator : public QObject
{
    Q_OBJECT

public:
    struct Targets
    {
        EditorSelection *selection;
        PropertyPanel *properties;
        QDockWidget *propertiesDock;
        // Each shows its dock (made the first time) and returns the panel.
        std::function<DataTypesPanel *()> showDataTypes;
        std::function<TokensPanel *()> showTokens;
        std::function<ApiSettingsPanel *()> showSettings;
        // For a finding with no place to go (the project file).
        std::function<void(const QString &)> say;
    };

    AuditNavigator(EditorSession *session, Targets targets, QObject *parent = nullptr);

    void show(const audit::Finding &finding);
    // The same for any place (a trace step's): `field` names the control of
    // a workflow or step to focus ("authentication", "condition",
    // "parameter"), as a Diagnostic's field does.
    void showLocation(const audit::SettingLocation &where, const QString &message,
                      const QString &field = {}, const QString &code = {});
    // The API Settings control's object name for a setting of SettingLocation.
    static QString settingWidgetName(const QString &setting);

private:
    void showWorkflow(const audit::SettingLocation &where, const QString &message,
                      const QString &field, const QString &code);
    void showSetting(const QString &setting, const QString &message);
    static void reveal(QWidget *widget);

    EditorSession *m_session;
    Targets m_targets;
};

} // namespace gatehouse
