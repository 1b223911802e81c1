#pragma once

#include "TracePipeline.h"

#include <QAbstractButton>

namespace gatehouse {

// One stage of a drawn trace: a marker in the verdict's colour (green,
// red, or the palette's neutral grey), the stage and its reason wrapped
// below. Focusable and pressed with Space or Return, as any button.
class TraceStepButton : public QAbstractButton
{
    Q_OBJECT

public:
    TraceStepButton(const TracePipeline::Step &step, bool last, QWidget *parent = nullptr);

    const TracePipeline::Step &step() const { return m_step; }
    // The marker's colour on the current palette.
    QColor stateColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRect textRect(int width) const;
    QString heading() const;

    TracePipeline::Step m_step;
    bool m_last;
};

} // namespace gatehouse
