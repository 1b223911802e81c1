#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace gatehouse {

class JsonHighlighter;
class JsonTreeModel;
class TracePipelineView;
class TraceTableModel;
struct RequestAnswer;

// The Request panel's answer half: the status with its meaning, time,
// size, headers, the body pretty-printed and highlighted with its JSON as a
// tree that folds beside it, and the trace of that request drawn as the
// pipeline (and as a table), each step with its verdict and reason.
class RequestResponseView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestResponseView(QWidget *parent = nullptr);

    void showAnswer(const RequestAnswer &answer);
    void showTrace(const QJsonArray &trace);
    void showProblem(const QString &problem);
    void clear();
    // Marks the answer shown as simulated in the editor's process.
    void setSimulated(bool simulated);

    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QTableView *traceView() const { return m_traceView; }
    TraceTableModel *traceModel() const { return m_trace; }
    TracePipelineView *pipelineView() const { return m_pipeline; }
    QTreeView *bodyTree() const { return m_tree; }
    JsonTreeModel *bodyTreeModel() const { return m_json; }
    JsonHighlighter *highlighter() const { return m_highlighter; }
    QLabel *simulatedLabel() const { return m_simulated; }

    // "401 Unauthorized": the server's words, or the standard ones.
    static QString statusText(int status, const QString &reason);
    // Indented when it is JSON, as it came otherwise.
    static QString prettyBody(const QByteArray &body);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildBodyTab();

    QLabel *m_status;
    QLabel *m_simulated;
    QLabel *m_meta;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    JsonHighlighter *m_highlighter;
    JsonTreeModel *m_json;
    QTreeView *m_tree;
    QPushButton *m_copy;
    TraceTableModel *m_trace;
    QTableView *m_traceView;
    TracePipelineView *m_pipeline;
};

} // namespace gatehouse
