#pragma once

#include "storage/LiveSessionsFile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace gatehouse {

class EditorSession;
class SessionTableModel;
class TestServerController;
struct RequestLogEntry;

// The live sessions of each test user (issue 12, item 4): created, expires,
// last used and state, with "revoke" for one and for all of a user's. They
// are the file's live data, read again while the test server answers; a
// revocation holds from the server's next request and is not undone by Undo.
class SessionsPanel : public QWidget
{
    Q_OBJECT

public:
    SessionsPanel(EditorSession *session, TestServerController *server, QWidget *parent = nullptr);

    QComboBox *userBox() const { return m_users; }
    QTableView *view() const { return m_view; }
    SessionTableModel *model() const { return m_model; }
    QString notice() const;

public slots:
    void readLiveData();
    void revokeSelected();
    void revokeAllOfUser();

private:
    QString chosenUser() const;
    QString selectedUser() const;
    void showUsers();
    void showNotice(const QString &text);
    void updateButtons();

    EditorSession *m_session;
    SessionTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_users;
    QPushButton *m_revoke;
    QPushButton *m_revokeAll;
    QLabel *m_notice;
    QTimer *m_reread;
    QList<UserSessions> m_live;
};

} // namespace gatehouse
