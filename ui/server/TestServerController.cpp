#include "TestServerController.h"

#include "EditorSession.h"
#include "files/FileController.h"
#include "models/RequestLogModel.h"
#include "server/HttpServer.h"
#include "server/LiveStorePool.h"
#include "server/ProjectSnapshots.h"
#include "server/RequestLog.h"
#include "server/ServedProject.h"

#include <QAction>
#include <QDir>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString TestServerController::portSettingsKey()
{
    return u"testServer/port"_s;
}

TestServerController::TestServerController(EditorSession *session, FileController *files,
                                           QObject *parent)
    : QObject(parent), m_session(session), m_files(files),
      m_start(new QAction(tr("&Start Test Server"), this)),
      m_stop(new QAction(tr("S&top Test Server"), this)), m_logModel(new RequestLogModel(this))
{
    m_start->setObjectName(u"startTestServerAction"_s);
    m_stop->setObjectName(u"stopTestServerAction"_s);
    m_start->setShortcut(QKeySequence(Qt::Key_F5));
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    const QString startTip =
        tr("Serve this project on http://127.0.0.1 (this computer only), port %1 or a free one, "
           "so that curl or a client can call its API; edits apply to the next request")
            .arg(defaultPort);
    m_start->setToolTip(startTip);
    m_start->setStatusTip(startTip);
    const QString stopTip = tr("Stop the test server on 127.0.0.1 and close its port");
    m_stop->setToolTip(stopTip);
    m_stop->setStatusTip(stopTip);
    connect(m_start, &QAction::triggered, this, &TestServerController::start);
    connect(m_stop, &QAction::triggered, this, &TestServerController::stop);

    ProjectDocument *document = m_session->document();
    // Every edit, undo and redo included, is served from the next request.
    connect(document, &ProjectDocument::changed, this, &TestServerController::publish);
    connect(document, &ProjectDocument::settingsChanged, this,
            &TestServerController::applySettings);
    connect(document, &ProjectDocument::projectReset, this, &TestServerController::applySettings);
    // The live data and the log belong to the file: another file, another log.
    connect(m_session, &EditorSession::filePathChanged, this, [this](const QString &path) {
        if (isRunning() && path != m_servedPath) {
            stop();
            emit statusMessage(tr("Test server stopped: the project's file changed"));
        }
        reloadLog();
    });
    applySettings();
    reloadLog();
    updateState();
}

TestServerController::~TestServerController()
{
    stop();
}

bool TestServerController::start()
{
    if (isRunning())
        return true;
    if (m_session->filePath().isEmpty()) {
        // The save dialog, through the file controller's prompter.
        emit statusMessage(
            tr("The test server keeps its live data in the project file: save the project first"));
        if (!m_files->save() || m_session->filePath().isEmpty()) {
            emit statusMessage(tr("Test server not started: the project has no file yet"));
            return false;
        }
    }
    const QString path = m_session->filePath();
    const ProjectSettings &settings = m_session->document()->project().settings;
    auto snapshots = std::make_unique<ProjectSnapshots>(m_session->document()->snapshot());
    auto served = ServedProject::open(path, *snapshots, settings.limits);
    if (!served) {
        emit statusMessage(tr("Cannot start the test server: %1").arg(served.errorMessage()));
        return false;
    }
    m_snapshots = std::move(snapshots);
    m_served = std::move(served).value();
    m_served->setDetectListener(m_detectListener); // before it listens
    connect(m_served.get(), &ServedProject::answered, this, &TestServerController::onAnswered);
    connect(m_served.get(), &ServedProject::logProblem, this, [this](const QString &problem) {
        emit statusMessage(tr("Request log not written: %1").arg(problem));
    });
    m_servedPath = path;
    const Result<quint16> bound = listen();
    if (!bound) {
        stop();
        emit statusMessage(tr("Cannot start the test server: %1").arg(bound.errorMessage()));
        return false;
    }
    updateState();
    emit statusMessage(
        tr("Test server listening on %1, serving %2").arg(url(), QDir::toNativeSeparators(path)));
    return true;
}

Result<quint16> TestServerController::listen()
{
    bool ok = false;
    uint preferred = QSettings().value(portSettingsKey(), defaultPort).toUInt(&ok);
    if (!ok || preferred > 65535)
        preferred = defaultPort;
    HttpServer &server = m_served->http();
    const Result<quint16> bound = server.start(HttpServer::defaultHost(), quint16(preferred));
    if (bound || preferred == 0)
        return bound;
    // Taken (another editor, gatehouse-cli serve): any free port will do.
    const Result<quint16> fallback = server.start(HttpServer::defaultHost(), 0);
    if (fallback)
        emit statusMessage(tr("Port %1 is taken; the test server uses port %2 instead")
                               .arg(preferred)
                               .arg(fallback.value()));
    return fallback;
}

void TestServerController::stop()
{
    const bool wasRunning = isRunning();
    if (m_served)
        m_served->stop(); // requests answered before the stop still reach the log
    m_served.reset();
    m_snapshots.reset();
    m_servedPath.clear();
    if (wasRunning)
        updateState();
}

bool TestServerController::isRunning() const
{
    return m_served && m_served->http().isRunning();
}

quint16 TestServerController::port() const
{
    return isRunning() ? m_served->http().port() : 0;
}

QString TestServerController::url() const
{
    if (!isRunning())
        return {};
    return u"http://%1:%2"_s.arg(HttpServer::defaultHost()).arg(port());
}

ServerLimits TestServerController::serverLimits() const
{
    return m_served ? m_served->http().limits() : ServerLimits();
}

StoreProvider *TestServerController::liveStores() const
{
    return m_served ? &m_served->engineStores() : nullptr;
}

std::optional<EngineResponse> TestServerController::simulate(const EngineRequest &request,
                                                             const QString &token)
{
    if (!isRunning())
        return std::nullopt;
    return m_served->simulate(request, token);
}

QString TestServerController::statusText() const
{
    return isRunning() ? tr("Test server: %1").arg(url()) : tr("Test server: stopped");
}

void TestServerController::onAnswered(const RequestLogEntry &entry)
{
    m_logModel->append(entry);
    emit entryLogged(entry);
}

void TestServerController::publish()
{
    if (m_snapshots)
        m_snapshots->publish(m_session->document()->snapshot());
}

void TestServerController::applySettings()
{
    const RequestLimits &limits = m_session->document()->project().settings.limits;
    m_logModel->setCapacity(limits.requestLogSize);
    if (m_served)
        m_served->applyLimits(limits);
}

void TestServerController::reloadLog()
{
    const QString path = m_session->filePath();
    if (path.isEmpty()) {
        m_logModel->setEntries({});
        return;
    }
    // A file from before the request log, or none yet: an empty log.
    auto entries = RequestLog::read(path, m_logModel->capacity());
    m_logModel->setEntries(entries ? entries.value() : QList<RequestLogEntry>{});
}

void TestServerController::updateState()
{
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    emit statusTextChanged(statusText());
    emit runningChanged(running);
}

} // namespace gatehouse
