#pragma once

#include "model/RequestHistoryEntry.h"

#include <QObject>

class QPushButton;

namespace gatehouse {

class EditorSession;
class RequestHistoryView;
class RequestPanel;
class SuiteRunView;
class TestServerController;
struct RequestDraft;

// What the Request panel does with its request as a whole: copy it as a
// curl command and fill it from one, keep each sent request in the history
// and load one back, save it with the status it expects. It goes through
// the panel's public face and the document; it keeps no credential.
class RequestPanelActions : public QObject
{
    Q_OBJECT

public:
    RequestPanelActions(RequestPanel *panel, EditorSession *session, TestServerController *server,
                        RequestHistoryView *history, SuiteRunView *suite);

    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QPushButton *pasteCurlButton() const { return m_pasteCurl; }

    // Who it acts as becomes a shell variable (`$user_bob_example_com`,
    // `$TOKEN` for a pasted credential), never a secret.
    void copyAsCurl();
    void pasteCurl();
    void noteSent(const RequestDraft &draft);
    void noteAnswered(int status);
    void loadHistory(const gatehouse::RequestHistoryEntry &entry);
    void save(const QString &name, int expectedStatus, const QString &expectedBody);

private:
    // The test user whose shell variable `authorization` names, or empty.
    QString userOfVariable(const QString &authorization) const;

    RequestPanel *m_panel;
    EditorSession *m_session;
    TestServerController *m_server;
    RequestHistoryView *m_history;
    SuiteRunView *m_suite;
    QPushButton *m_copyCurl;
    QPushButton *m_pasteCurl;
    RequestHistoryEntry m_sent; // kept once answered
};

} // namespace gatehouse
