#pragma once

#include "TracePipeline.h"

#include <QScrollArea>

class QVBoxLayout;

namespace gatehouse {

class TraceStepButton;

// A request's trace drawn as the pipeline, one step under the other, each
// green, red or grey with its reason in words. Clicking a step (or Return
// on it) asks to select the setting that decided it.
class TracePipelineView : public QScrollArea
{
    Q_OBJECT

public:
    explicit TracePipelineView(QWidget *parent = nullptr);

    void setTrace(const Trace &trace);
    int stepCount() const { return int(m_buttons.size()); }
    TraceStepButton *stepButton(int index) const { return m_buttons.value(index); }
    // The first step that stopped the request, or null.
    TraceStepButton *refusedStep() const;

signals:
    void stepActivated(const gatehouse::TraceRef &ref, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A scroll area's column does not ask for height for width: each step
    // gets the height its wrapped reason needs at the width there is.
    void fitHeights();

    QVBoxLayout *m_column;
    QList<TraceStepButton *> m_buttons;
};

} // namespace gatehouse
