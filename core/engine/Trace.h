#pragma once

#include "TraceRef.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace gatehouse {

// Why a request was let in or stopped: one step per stage of the pipeline,
// each with its verdict, its reason in words and the setting that decided
// it. A trace never holds a secret: tokens appear by name and prefix only.
struct TraceStep
{
    enum class Stage
    {
        Route,
        Authenticate,
        Authorize,
        Parameters,
        Condition,
        Action,
        Privacy, // what privacy rules let the caller find and see
        Response
    };
    enum class Verdict
    {
        Passed,
        Refused,
        Skipped,
        Failed
    };

    Stage stage = Stage::Route;
    Verdict verdict = Verdict::Passed;
    QString reason;  // "workflow `signup` is exposed and needs no authentication"
    QString subject; // the setting or rule that decided: "workflow `signup`", "token `ci`"
    TraceRef ref;    // the same setting as values, for the editor to select

    bool operator==(const TraceStep &) const = default;
};

class Trace
{
public:
    void add(TraceStep::Stage stage, TraceStep::Verdict verdict, const QString &reason,
             const QString &subject = {}, const TraceRef &ref = {});
    const QList<TraceStep> &steps() const { return m_steps; }
    // The step that stopped the request, or the last step when it ran through.
    const TraceStep *decidingStep() const;
    QJsonArray toJson() const;
    QString toText() const;

    static QString stageId(TraceStep::Stage stage);
    static QString verdictId(TraceStep::Verdict verdict);

private:
    QList<TraceStep> m_steps;
};

} // namespace gatehouse
