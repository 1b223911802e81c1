#include "TraceRef.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

TraceRef TraceRef::setting(const QString &id)
{
    return {Kind::Setting, {}, -1, id, {}};
}

TraceRef TraceRef::workflowNamed(const QString &workflow)
{
    return {Kind::Workflow, workflow, -1, {}, {}};
}

TraceRef TraceRef::authentication(const QString &workflow)
{
    return {Kind::Authentication, workflow, -1, {}, {}};
}

TraceRef TraceRef::parameter(const QString &workflow, const QString &key)
{
    return {Kind::Parameter, workflow, -1, key, {}};
}

TraceRef TraceRef::condition(const QString &workflow)
{
    return {Kind::Condition, workflow, -1, {}, {}};
}

TraceRef TraceRef::stepOf(const QString &workflow, int step, bool byItsCondition)
{
    return {byItsCondition ? Kind::StepCondition : Kind::Step, workflow, step, {}, {}};
}

TraceRef TraceRef::token(const QString &name)
{
    return {Kind::Token, {}, -1, name, {}};
}

TraceRef TraceRef::type(const QString &dataType)
{
    return {Kind::DataType, {}, -1, {}, dataType};
}

TraceRef TraceRef::rule(const QString &dataType, const QString &rule)
{
    return {Kind::PrivacyRule, {}, -1, rule, dataType};
}

QJsonObject TraceRef::toJson() const
{
    if (kind == Kind::None)
        return {};
    QJsonObject json{{u"kind"_s, kindId(kind)}};
    if (!workflow.isEmpty())
        json.insert(u"workflow"_s, workflow);
    if (step >= 0)
        json.insert(u"step"_s, step);
    if (!name.isEmpty())
        json.insert(u"name"_s, name);
    if (!dataType.isEmpty())
        json.insert(u"type"_s, dataType);
    return json;
}

TraceRef TraceRef::fromJson(const QJsonObject &json)
{
    const QString id = json.value(u"kind"_s).toString();
    for (int i = int(Kind::Setting); i <= int(Kind::PrivacyRule); ++i) {
        if (kindId(Kind(i)) == id)
            return {Kind(i), json.value(u"workflow"_s).toString(), json.value(u"step"_s).toInt(-1),
                    json.value(u"name"_s).toString(), json.value(u"type"_s).toString()};
    }
    return {};
}

QString TraceRef::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Setting:
        return u"setting"_s;
    case Kind::Workflow:
        return u"workflow"_s;
    case Kind::Authentication:
        return u"authentication"_s;
    case Kind::Parameter:
        return u"parameter"_s;
    case Kind::Condition:
        return u"condition"_s;
    case Kind::Step:
        return u"step"_s;
    case Kind::StepCondition:
        return u"stepCondition"_s;
    case Kind::Token:
        return u"token"_s;
    case Kind::DataType:
        return u"dataType"_s;
    case Kind::PrivacyRule:
        return u"privacyRule"_s;
    }
    return {};
}

} // namespace gatehouse
