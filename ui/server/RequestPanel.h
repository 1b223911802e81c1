#pragma once

#include "RequestSender.h"
#include "server/RequestLogEntry.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse {

class EditorSession;
class RequestResponseView;
class RequestSender;
class TestServerController;
struct RequestAnswer;
struct RequestDraft;

// Fires one call at the test server, as anonymous, a test user (a real
// session the engine issues) or a pasted credential, and shows the answer
// and the trace the server logged for it. It keeps no secret: a session or
// a pasted token lives only in the call being sent.
class RequestPanel : public QWidget
{
    Q_OBJECT

public:
    RequestPanel(EditorSession *session, TestServerController *server, QWidget *parent = nullptr);

    // Method, path and parameters from the workflow's definition.
    void prefillWorkflow(const QString &workflow);
    void prefillData(const QString &type, const QString &operation);
    // Fills the request half from a draft that came from elsewhere (the
    // Request Log, a cURL command, a saved request); the target follows the
    // path when it names an exposed workflow or a Data API type.
    void loadDraft(const RequestDraft &draft);
    void send();

    QComboBox *targetCombo() const { return m_target; }
    QComboBox *actAsCombo() const { return m_actAs; }
    QLineEdit *credentialEdit() const { return m_credential; }
    QLineEdit *pathEdit() const { return m_path; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }
    RequestResponseView *responseView() const { return m_response; }

    // Anonymous, then each test user by address, then a pasted credential.
    static constexpr int anonymousIndex = 0;
    // How long an answered call waits for its entry in the request log.
    static constexpr int traceWaitMs = 3000;

signals:
    // Answered (or refused before sending), its trace shown when logged.
    void finished();

private:
    QWidget *buildTargetRow();
    QWidget *buildActAsRow();
    void refreshTargets();
    void refreshUsers();
    void onTargetChosen();
    void showDraft(const RequestDraft &draft);
    void simulate(const RequestSender::Call &call);
    void onAnswered(const RequestAnswer &answer);
    void onLogged(const RequestLogEntry &entry);
    void showTrace(const RequestLogEntry &entry);
    bool matches(const RequestLogEntry &entry) const;
    QByteArray authorization(QString *problem) const;
    QList<std::pair<QByteArray, QByteArray>> freeHeaders() const;

    EditorSession *m_session;
    TestServerController *m_server;
    RequestSender *m_sender;
    QComboBox *m_target;
    QComboBox *m_dataType;
    QComboBox *m_operation;
    QComboBox *m_method;
    QLineEdit *m_path;
    QLineEdit *m_query;
    QComboBox *m_actAs;
    QLineEdit *m_credential;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_headers;
    QPushButton *m_send;
    RequestResponseView *m_response;
    // The call in flight, to find its trace in the log.
    QByteArray m_sentMethod;
    QString m_sentPath;
    std::optional<RequestLogEntry> m_loggedEarly;
    int m_sendCount = 0;
    bool m_waitingForTrace = false;
};

} // namespace gatehouse
