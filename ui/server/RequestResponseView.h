#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace gatehouse {

class TraceTableModel;
struct RequestAnswer;

// The Request panel's lower half: the status with its meaning, time, size,
// headers, the body pretty-printed, and the trace of that request, each
// step with its verdict and reason.
class RequestResponseView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestResponseView(QWidget *parent = nullptr);

    void showAnswer(const RequestAnswer &answer);
    void showTrace(const QJsonArray &trace);
    void showProblem(const QString &problem);
    void clear();

    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QTableView *traceView() const { return m_traceView; }
    TraceTableModel *traceModel() const { return m_trace; }

    // "401 Unauthorized": the server's words, or the standard ones.
    static QString statusText(int status, const QString &reason);
    // Indented when it is JSON, as it came otherwise.
    static QString prettyBody(const QByteArray &body);

private:
    QLabel *m_status;
    QLabel *m_meta;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QPushButton *m_copy;
    TraceTableModel *m_trace;
    QTableView *m_traceView;
};

} // namespace gatehouse
