#include "LiveRecordsController.h"

#include "EditorSession.h"
#include "files/Prompter.h"
#include "server/TestServerController.h"

#include <QTimer>

namespace gatehouse {

LiveRecordsController::LiveRecordsController(EditorSession *session, TestServerController *server,
                                             Prompter &prompter, QObject *parent)
    : QObject(parent), m_session(session), m_prompter(prompter), m_reread(new QTimer(this))
{
    // A burst of requests is read once it is over.
    m_reread->setSingleShot(true);
    m_reread->setInterval(300);
    connect(m_reread, &QTimer::timeout, this, &LiveRecordsController::read);
    auto readIfActive = [this] {
        if (m_active)
            read();
    };
    connect(session, &EditorSession::opened, this, readIfActive);
    connect(session, &EditorSession::saved, this, readIfActive);
    if (server) {
        connect(server, &TestServerController::entryLogged, this, [this] {
            if (m_active)
                m_reread->start();
        });
        connect(server, &TestServerController::runningChanged, this, readIfActive);
        connect(session, &QObject::destroyed, this,
                [this, server] { disconnect(server, nullptr, this, nullptr); });
    }
}

void LiveRecordsController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        read();
    else
        m_reread->stop();
}

bool LiveRecordsController::isReadScheduled() const
{
    return m_reread->isActive();
}

void LiveRecordsController::read()
{
    const QString path = m_session->filePath();
    if (path.isEmpty()) {
        emit readFailed(tr("Live data is kept in the project file: save the project and start "
                           "the test server, then send it a request that writes."));
        return;
    }
    const Result<LiveRecords> live = LiveRecordsFile(path).read();
    if (!live) {
        emit readFailed(tr("Could not read the live data: %1").arg(live.errorMessage()));
        return;
    }
    emit recordsRead(live.value());
}

bool LiveRecordsController::reset()
{
    const QString path = m_session->filePath();
    if (path.isEmpty() || !m_prompter.askResetLiveData(path, m_session->isModified()))
        return false;
    const Result<> done = LiveRecordsFile(path).resetToTestData();
    if (m_active)
        read();
    emit resetDone(done.ok(),
                   done ? tr("The live data is back to the test data saved in the "
                             "file. Undo does not bring the old live data back.")
                        : tr("Could not reset the live data: %1").arg(done.errorMessage()));
    return done.ok();
}

} // namespace gatehouse
