#pragma once

#include "model/PrincipalRef.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace gatehouse {

class EditorSession;
class TestServerController;

// The Request panel's "Act as" row: anonymous, each test user by address,
// each token whose secret this run saw, each token to simulate, or a pasted
// credential, and the field that credential is pasted in. It makes the
// Authorization header of a call when asked and keeps no secret: a session
// or a pasted token lives only in the header it returns.
class RequestActAsRow : public QWidget
{
    Q_OBJECT

public:
    RequestActAsRow(EditorSession *session, TestServerController *server,
                    QWidget *parent = nullptr);

    // Anonymous first, then each test user by address, then the tokens and
    // a pasted credential.
    static constexpr int anonymousIndex = 0;

    QComboBox *combo() const { return m_actAs; }
    QLineEdit *credentialEdit() const { return m_credential; }

    // The choices again from the project and this run's secrets, keeping
    // the current one where it still is.
    void refresh();
    // Simulated in process as a token (no credential is made or sent).
    bool isSimulated() const;
    // The token simulated or called with its secret, or empty.
    QString tokenName() const;
    // The header the call carries; empty with `problem` set when it cannot
    // be made, empty alone for anonymous.
    QByteArray authorization(QString *problem) const;
    // Who the call acts as by reference; nothing for a pasted credential.
    std::optional<PrincipalRef> actingAs() const;
    // A pasted credential lives only in its field, never stored.
    void select(const PrincipalRef &principal, bool pasted, const QString &credential = {});

private:
    void showCredentialIfPasted();

    EditorSession *m_session;
    TestServerController *m_server;
    QComboBox *m_actAs;
    QLineEdit *m_credential;
};

} // namespace gatehouse
