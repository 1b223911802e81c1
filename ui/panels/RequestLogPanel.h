#pragma once

#include <QWidget>

class QHeaderView;
class QLabel;
class QTableView;

namespace gatehouse {

class RequestLogModel;
class TraceTableModel;

// The Request Log dock: the requests the test server answered, newest at the
// bottom, and below them the trace of the selected one, step by step, to
// say why it was let in or stopped. Read-only; shows no header or body.
class RequestLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogPanel(RequestLogModel *model, QWidget *parent = nullptr);

    QTableView *logView() const { return m_logView; }
    QTableView *traceView() const { return m_traceView; }
    QLabel *summaryLabel() const { return m_summary; }
    // The selected trace step in full: stage, verdict, reason and subject.
    QLabel *stepDetailLabel() const { return m_stepDetail; }
    TraceTableModel *traceModel() const { return m_trace; }

private:
    void showSelected();
    void followNewRows();
    void showSelectedStep();
    static void showWhatMattersFirst(QHeaderView *header);

    RequestLogModel *m_model;
    TraceTableModel *m_trace;
    QTableView *m_logView;
    QLabel *m_summary;
    QTableView *m_traceView;
    QLabel *m_stepDetail;
    bool m_atBottom = true;
};

} // namespace gatehouse
