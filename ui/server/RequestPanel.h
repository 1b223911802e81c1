#pragma once

#include "RequestActAsRow.h"
#include "RequestSender.h"
#include "model/PrincipalRef.h"
#include "server/RequestLogEntry.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace gatehouse {

class EditorSession;
class RequestHistoryView;
class RequestPanelActions;
class RequestResponseView;
class SuiteRunView;
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
    // The request half as it stands.
    RequestDraft currentDraft() const;
    // Who the call acts as by reference; nothing for a pasted credential.
    std::optional<PrincipalRef> actingAs() const;
    // A pasted credential lives only in its field, never stored.
    void selectActingAs(const PrincipalRef &principal, bool pasted, const QString &credential = {});
    // Refused before sending: the reason where the answer would be.
    void showRefusal(const QString &problem);

    QComboBox *targetCombo() const { return m_target; }
    QComboBox *actAsCombo() const { return m_actAs->combo(); }
    QLineEdit *credentialEdit() const { return m_actAs->credentialEdit(); }
    QLineEdit *pathEdit() const { return m_path; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }
    RequestResponseView *responseView() const { return m_response; }
    QTabWidget *tabs() const { return m_tabs; }
    RequestHistoryView *historyView() const { return m_history; }
    SuiteRunView *suiteView() const { return m_suite; }
    RequestPanelActions *actions() const { return m_actions; }

    // Anonymous, then each test user by address, then a pasted credential.
    static constexpr int anonymousIndex = RequestActAsRow::anonymousIndex;
    // How long an answered call waits for its entry in the request log.
    static constexpr int traceWaitMs = 3000;

signals:
    // Answered (or refused before sending), its trace shown when logged.
    void finished();

private:
    QWidget *buildTargetRow();
    QWidget *buildSendRow();
    void refreshTargets();
    void onTargetChosen();
    void showDraft(const RequestDraft &draft);
    void simulate(const RequestSender::Call &call);
    void onAnswered(const RequestAnswer &answer);
    void onLogged(const RequestLogEntry &entry);
    void showTrace(const RequestLogEntry &entry);
    bool matches(const RequestLogEntry &entry) const;

    EditorSession *m_session;
    TestServerController *m_server;
    RequestSender *m_sender;
    QComboBox *m_target;
    QComboBox *m_dataType;
    QComboBox *m_operation;
    QComboBox *m_method;
    QLineEdit *m_path;
    QLineEdit *m_query;
    RequestActAsRow *m_actAs;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_headers;
    QPushButton *m_send;
    RequestResponseView *m_response;
    QTabWidget *m_tabs;
    RequestHistoryView *m_history;
    SuiteRunView *m_suite;
    RequestPanelActions *m_actions;
    // The call in flight, to find its trace in the log.
    QByteArray m_sentMethod;
    QString m_sentPath;
    std::optional<RequestLogEntry> m_loggedEarly;
    int m_sendCount = 0;
    bool m_waitingForTrace = false;
};

} // namespace gatehouse
