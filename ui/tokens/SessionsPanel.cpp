#include "SessionsPanel.h"

#include "EditorSession.h"
#include "SessionTableModel.h"
#include "model/ProjectDocument.h"
#include "server/TestServerController.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SessionsPanel::SessionsPanel(EditorSession *session, TestServerController *server, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new SessionTableModel(this)),
      m_view(new QTableView), m_users(new QComboBox), m_revoke(new QPushButton(tr("Revoke"))),
      m_revokeAll(new QPushButton(tr("Revoke all of the user's"))), m_notice(new QLabel),
      m_reread(new QTimer(this))
{
    m_users->setObjectName(u"sessionUser"_s);
    m_users->setToolTip(tr("Show the sessions of one test user, or of all"));
    m_view->setObjectName(u"sessionTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_revoke->setObjectName(u"revokeSession"_s);
    m_revoke->setToolTip(tr("The session stops working from the server's next request; its "
                            "holder must log in again. Undo does not bring it back"));
    m_revokeAll->setObjectName(u"revokeUserSessions"_s);
    m_revokeAll->setToolTip(tr("Every session of the selected user stops working from the "
                               "server's next request"));
    auto *refresh = new QPushButton(tr("Refresh"));
    refresh->setObjectName(u"refreshSessions"_s);
    m_notice->setObjectName(u"sessionNotice"_s);
    m_notice->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Test user:")));
    top->addWidget(m_users, 1);
    top->addWidget(refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_revokeAll);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);

    // A burst of requests is read once it is over.
    m_reread->setSingleShot(true);
    m_reread->setInterval(300);
    connect(m_reread, &QTimer::timeout, this, &SessionsPanel::readLiveData);
    connect(refresh, &QPushButton::clicked, this, &SessionsPanel::readLiveData);
    connect(m_revoke, &QPushButton::clicked, this, &SessionsPanel::revokeSelected);
    connect(m_revokeAll, &QPushButton::clicked, this, &SessionsPanel::revokeAllOfUser);
    connect(m_users, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSessions(m_live, chosenUser()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPanel::updateButtons);
    connect(session, &EditorSession::opened, this, &SessionsPanel::readLiveData);
    connect(session, &EditorSession::saved, this, &SessionsPanel::readLiveData);
    ProjectDocument *document = session->document();
    auto followSettings = [this, document] { m_model->setSettings(document->project().settings); };
    connect(document, &ProjectDocument::settingsChanged, this, followSettings);
    connect(document, &ProjectDocument::projectReset, this, followSettings);
    followSettings();
    if (server) {
        connect(server, &TestServerController::entryLogged, m_reread, qOverload<>(&QTimer::start));
        connect(server, &TestServerController::runningChanged, this, &SessionsPanel::readLiveData);
        connect(session, &QObject::destroyed, this,
                [this, server] { disconnect(server, nullptr, this, nullptr); });
    }
    readLiveData();
}

QString SessionsPanel::notice() const
{
    return m_notice->text();
}

void SessionsPanel::readLiveData()
{
    const QString path = m_session->filePath();
    m_live.clear();
    if (path.isEmpty()) {
        showNotice(tr("Sessions are kept in the project file's live data: save the project and "
                      "start the test server, then log a test user in."));
    } else if (const auto read = LiveSessionsFile(path).read(); !read) {
        showNotice(tr("Could not read the sessions: %1").arg(read.errorMessage()));
    } else {
        m_live = read.value();
        showNotice({});
    }
    showUsers();
    m_model->setSessions(m_live, chosenUser());
}

void SessionsPanel::showUsers()
{
    const QString chosen = chosenUser();
    const QSignalBlocker quiet(m_users);
    m_users->clear();
    m_users->addItem(tr("All test users"), QString());
    for (const UserSessions &held : m_live) {
        m_users->addItem(tr("%1 (%n session(s))", nullptr, int(held.sessions.size()))
                             .arg(held.user.values.value(u"email"_s).toString()),
                         held.user.id);
    }
    m_users->setCurrentIndex(qMax(0, m_users->findData(chosen)));
}

QString SessionsPanel::chosenUser() const
{
    return m_users->currentData().toString();
}

QString SessionsPanel::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return m_model->user(rows.first().row()).id;
    return chosenUser();
}

void SessionsPanel::revokeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Session session = m_model->session(rows.first().row());
    const QString email = m_model->user(rows.first().row()).values.value(u"email"_s).toString();
    const auto revoked = LiveSessionsFile(m_session->filePath())
                             .revoke(session.secretHash, QDateTime::currentDateTimeUtc());
    readLiveData();
    showNotice(revoked
                   ? tr("Revoked the session %1\u2026 of %2.").arg(session.credential.prefix, email)
                   : tr("Could not revoke the session: %1").arg(revoked.errorMessage()));
}

void SessionsPanel::revokeAllOfUser()
{
    const QString userId = selectedUser();
    if (userId.isEmpty())
        return;
    const auto revoked = LiveSessionsFile(m_session->filePath())
                             .revokeAllOf(userId, QDateTime::currentDateTimeUtc());
    readLiveData();
    showNotice(revoked ? tr("Revoked every session of the user.")
                       : tr("Could not revoke the sessions: %1").arg(revoked.errorMessage()));
}

void SessionsPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SessionsPanel::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_revoke->setEnabled(selected);
    m_revokeAll->setEnabled(!selectedUser().isEmpty() && m_model->rowCount() > 0);
}

} // namespace gatehouse
