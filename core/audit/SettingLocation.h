#pragma once

#include <QString>

namespace gatehouse::audit {

// The setting a finding points at, as structured data the editor can select:
// a project setting, a workflow (or one of its steps or parameters), a data
// type (its everyone-else permissions or one rule), a token, or the file.
struct SettingLocation
{
    enum class Kind
    {
        Settings,
        Workflow,
        WorkflowStep,
        WorkflowParameter,
        DataType,
        EveryoneElse,
        PrivacyRule,
        Token,
        ProjectFile
    };

    Kind kind = Kind::Settings;
    QString setting;  // Settings: "workflowApiEnabled", "swaggerEnabled", ...
    QString workflow; // Workflow*
    int step = -1;    // WorkflowStep: 0-based
    QString parameter;
    QString dataType; // DataType, EveryoneElse, PrivacyRule
    QString rule;
    QString token;

    bool operator==(const SettingLocation &) const = default;

    // A stable path: "settings/swaggerEnabled", "workflows/signup/steps/0",
    // "dataTypes/User/everyoneElse", "tokens/zapier", "file".
    QString path() const;
    // In words: "workflow `signup`, step 1", "privacy rule `owner` of Transaction".
    QString describe() const;

    static SettingLocation ofSetting(const QString &setting);
    static SettingLocation ofWorkflow(const QString &workflow);
    static SettingLocation ofStep(const QString &workflow, int step);
    static SettingLocation ofParameter(const QString &workflow, const QString &parameter);
    static SettingLocation ofDataType(const QString &type);
    static SettingLocation ofEveryoneElse(const QString &type);
    static SettingLocation ofRule(const QString &type, const QString &rule);
    static SettingLocation ofToken(const QString &token);
    static SettingLocation ofProjectFile();
};

} // namespace gatehouse::audit
