#include "Trace.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

void Trace::add(TraceStep::Stage stage, TraceStep::Verdict verdict, const QString &reason,
                const QString &subject, const TraceRef &ref)
{
    m_steps.append(TraceStep{stage, verdict, reason, subject, ref});
}

const TraceStep *Trace::decidingStep() const
{
    for (const TraceStep &step : m_steps) {
        if (step.verdict == TraceStep::Verdict::Refused ||
            step.verdict == TraceStep::Verdict::Failed)
            return &step;
    }
    return m_steps.isEmpty() ? nullptr : &m_steps.last();
}

QJsonArray Trace::toJson() const
{
    QJsonArray steps;
    for (const TraceStep &step : m_steps) {
        QJsonObject json{{u"stage"_s, stageId(step.stage)},
                         {u"verdict"_s, verdictId(step.verdict)},
                         {u"reason"_s, step.reason},
                         {u"subject"_s, step.subject}};
        if (!step.ref.isNone())
            json.insert(u"ref"_s, step.ref.toJson());
        steps.append(json);
    }
    return steps;
}

QString Trace::toText() const
{
    QStringList lines;
    for (const TraceStep &step : m_steps) {
        QString line =
            u"%1: %2: %3"_s.arg(stageId(step.stage), verdictId(step.verdict), step.reason);
        if (!step.subject.isEmpty())
            line += u" ["_s + step.subject + u']';
        lines << line;
    }
    return lines.join(u'\n');
}

QString Trace::stageId(TraceStep::Stage stage)
{
    switch (stage) {
    case TraceStep::Stage::Route:
        return u"route"_s;
    case TraceStep::Stage::Authenticate:
        return u"authenticate"_s;
    case TraceStep::Stage::Authorize:
        return u"authorize"_s;
    case TraceStep::Stage::Parameters:
        return u"parameters"_s;
    case TraceStep::Stage::Condition:
        return u"condition"_s;
    case TraceStep::Stage::Action:
        return u"action"_s;
    case TraceStep::Stage::Privacy:
        return u"privacy"_s;
    case TraceStep::Stage::Response:
        return u"response"_s;
    }
    return {};
}

QString Trace::verdictId(TraceStep::Verdict verdict)
{
    switch (verdict) {
    case TraceStep::Verdict::Passed:
        return u"passed"_s;
    case TraceStep::Verdict::Refused:
        return u"refused"_s;
    case TraceStep::Verdict::Skipped:
        return u"skipped"_s;
    case TraceStep::Verdict::Failed:
        return u"failed"_s;
    }
    return {};
}

} // namespace gatehouse
