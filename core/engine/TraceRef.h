#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

// The setting a trace step was decided by, as values the editor can select
// (never parsed back out of the step's words): the workflow's
// authentication, one of its parameters, its "only when", a step (or that
// step's "only when"), a token, a privacy rule of a type, a project setting.
struct TraceRef
{
    enum class Kind
    {
        None,
        Setting,
        Workflow,
        Authentication,
        Parameter,
        Condition,
        Step,
        StepCondition,
        Token,
        DataType,
        PrivacyRule
    };

    Kind kind = Kind::None;
    QString workflow;
    int step = -1; // Step, StepCondition: 0-based
    QString name;  // the parameter key, token name, rule name or setting id
    QString dataType;

    bool operator==(const TraceRef &) const = default;
    bool isNone() const { return kind == Kind::None; }

    static TraceRef setting(const QString &id);
    static TraceRef workflowNamed(const QString &workflow);
    static TraceRef authentication(const QString &workflow);
    static TraceRef parameter(const QString &workflow, const QString &key);
    static TraceRef condition(const QString &workflow);
    static TraceRef stepOf(const QString &workflow, int step, bool byItsCondition);
    static TraceRef token(const QString &name);
    static TraceRef type(const QString &dataType);
    static TraceRef rule(const QString &dataType, const QString &rule);

    // Empty for None: a trace from before references reads as None.
    QJsonObject toJson() const;
    static TraceRef fromJson(const QJsonObject &json);
    static QString kindId(Kind kind);
};

} // namespace gatehouse
