#pragma once

#include "server/RequestLogEntry.h"

#include <QWidget>

class QAction;
class QHeaderView;
class QLabel;
class QTableView;

namespace gatehouse {

class RequestLogChart;
class RequestLogFilterBar;
class RequestLogFilterModel;
class RequestLogModel;
class TraceTableModel;

// The Request Log dock: the requests the test server answered, newest at the
// bottom, narrowed by the filters above them and drawn over the last minutes
// in a small chart, and below them the trace of the selected one, step by
// step, to say why it was let in or stopped. Read-only; shows no header or
// body. Any row can be opened in the Request panel to be sent again.
class RequestLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogPanel(RequestLogModel *model, QWidget *parent = nullptr);

    QTableView *logView() const { return m_logView; }
    RequestLogFilterModel *filterModel() const { return m_filter; }
    RequestLogFilterBar *filterBar() const { return m_filterBar; }
    RequestLogChart *chart() const { return m_chart; }
    // "Open in Request Panel": the context menu's, Return's and a double-click's.
    QAction *openAction() const { return m_open; }
    QTableView *traceView() const { return m_traceView; }
    QLabel *summaryLabel() const { return m_summary; }
    // The selected trace step in full: stage, verdict, reason and subject.
    QLabel *stepDetailLabel() const { return m_stepDetail; }
    TraceTableModel *traceModel() const { return m_trace; }

signals:
    void openRequested(const gatehouse::RequestLogEntry &entry);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void detach();
    void addOpenAction();
    void openSelected();
    void showSelected();
    void followNewRows();
    void showSelectedStep();
    static void showWhatMattersFirst(QHeaderView *header);

    RequestLogFilterModel *m_filter;
    TraceTableModel *m_trace;
    RequestLogFilterBar *m_filterBar;
    RequestLogChart *m_chart;
    QAction *m_open;
    QTableView *m_logView;
    QLabel *m_summary;
    QTableView *m_traceView;
    QLabel *m_stepDetail;
    bool m_atBottom = true;
    QByteArray m_columns; // the log's header, kept while hidden
};

} // namespace gatehouse
