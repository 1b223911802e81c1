#include "SettingLocation.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

QString SettingLocation::path() const
{
    switch (kind) {
    case Kind::Settings:
        return u"settings/"_s + setting;
    case Kind::Workflow:
        return u"workflows/"_s + workflow;
    case Kind::WorkflowStep:
        return u"workflows/%1/steps/%2"_s.arg(workflow).arg(step);
    case Kind::WorkflowParameter:
        return u"workflows/%1/parameters/%2"_s.arg(workflow, parameter);
    case Kind::DataType:
        return u"dataTypes/"_s + dataType;
    case Kind::EveryoneElse:
        return u"dataTypes/%1/everyoneElse"_s.arg(dataType);
    case Kind::PrivacyRule:
        return u"dataTypes/%1/rules/%2"_s.arg(dataType, rule);
    case Kind::Token:
        return u"tokens/"_s + token;
    case Kind::ProjectFile:
        return u"file"_s;
    }
    return {};
}

QString SettingLocation::describe() const
{
    switch (kind) {
    case Kind::Settings:
        return u"setting `%1`"_s.arg(setting);
    case Kind::Workflow:
        return u"workflow `%1`"_s.arg(workflow);
    case Kind::WorkflowStep:
        return u"workflow `%1`, step %2"_s.arg(workflow).arg(step + 1);
    case Kind::WorkflowParameter:
        return u"workflow `%1`, parameter `%2`"_s.arg(workflow, parameter);
    case Kind::DataType:
        return u"data type `%1`"_s.arg(dataType);
    case Kind::EveryoneElse:
        return u"everyone else of `%1`"_s.arg(dataType);
    case Kind::PrivacyRule:
        return u"privacy rule `%1` of `%2`"_s.arg(rule, dataType);
    case Kind::Token:
        return u"token `%1`"_s.arg(token);
    case Kind::ProjectFile:
        return u"the project file"_s;
    }
    return {};
}

SettingLocation SettingLocation::ofSetting(const QString &setting)
{
    SettingLocation l;
    l.setting = setting;
    return l;
}

SettingLocation SettingLocation::ofWorkflow(const QString &workflow)
{
    SettingLocation l;
    l.kind = Kind::Workflow;
    l.workflow = workflow;
    return l;
}

SettingLocation SettingLocation::ofStep(const QString &workflow, int step)
{
    SettingLocation l = ofWorkflow(workflow);
    l.kind = Kind::WorkflowStep;
    l.step = step;
    return l;
}

SettingLocation SettingLocation::ofParameter(const QString &workflow, const QString &parameter)
{
    SettingLocation l = ofWorkflow(workflow);
    l.kind = Kind::WorkflowParameter;
    l.parameter = parameter;
    return l;
}

SettingLocation SettingLocation::ofDataType(const QString &type)
{
    SettingLocation l;
    l.kind = Kind::DataType;
    l.dataType = type;
    return l;
}

SettingLocation SettingLocation::ofEveryoneElse(const QString &type)
{
    SettingLocation l = ofDataType(type);
    l.kind = Kind::EveryoneElse;
    return l;
}

SettingLocation SettingLocation::ofRule(const QString &type, const QString &rule)
{
    SettingLocation l = ofDataType(type);
    l.kind = Kind::PrivacyRule;
    l.rule = rule;
    return l;
}

SettingLocation SettingLocation::ofToken(const QString &token)
{
    SettingLocation l;
    l.kind = Kind::Token;
    l.token = token;
    return l;
}

SettingLocation SettingLocation::ofProjectFile()
{
    SettingLocation l;
    l.kind = Kind::ProjectFile;
    return l;
}

} // namespace gatehouse::audit
