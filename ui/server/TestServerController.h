#pragma once

#include "engine/EngineRequest.h"
#include "engine/EngineResponse.h"
#include "model/Result.h"
#include "server/ServerLimits.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QAction;

namespace gatehouse {

class DetectDataListener;
class EditorSession;
class FileController;
class ProjectSnapshots;
class RequestLogModel;
class ServedProject;
class StoreProvider;
struct RequestLogEntry;

// The editor's own test server, wired as `gatehouse-cli serve` wires it:
// the document's snapshots, the live data and the request log in the
// project file, the engine behind the HTTP server on a thread of its own.
// Listens on 127.0.0.1 only. Every document edit publishes a new snapshot,
// so an unsaved edit takes effect on the next request; opening another file
// (or a new or demo project) stops it. It decides nothing itself.
class TestServerController : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 defaultPort = 8080;
    // The QSettings key of the preferred port; 0 means any free port.
    static QString portSettingsKey();

    TestServerController(EditorSession *session, FileController *files, QObject *parent = nullptr);
    ~TestServerController() override;

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    // The file's request log, then each request the server answers.
    RequestLogModel *logModel() const { return m_logModel; }

    // Asks to save an untitled project first; false when it is not running
    // after (cancelled, or an error, said through statusMessage).
    bool start();
    void stop();
    bool isRunning() const;
    quint16 port() const;
    // "http://127.0.0.1:8080", empty while stopped.
    QString url() const;
    // "Test server: http://127.0.0.1:8080" or "Test server: stopped".
    QString statusText() const;
    // The limits the running server enforces; the defaults while stopped.
    ServerLimits serverLimits() const;
    // The live data the running server's engine uses (null while stopped),
    // for the Request panel to have the engine issue a test user's session.
    StoreProvider *liveStores() const;
    // "Simulate as" a stored token, in this process: the engine decides
    // over the running server's snapshot and live data, and the entry is
    // logged (and entryLogged) as simulated. Nothing while stopped.
    std::optional<EngineResponse> simulate(const EngineRequest &request, const QString &token);
    // Where each server it starts from now on sends calls to /initialize
    // ("Detect data"); the listener must outlive the server or be unset.
    void setDetectListener(DetectDataListener *listener) { m_detectListener = listener; }

signals:
    void runningChanged(bool running);
    void statusTextChanged(const QString &text);
    void statusMessage(const QString &message);
    void entryLogged(const gatehouse::RequestLogEntry &entry);

private:
    Result<quint16> listen();
    void onAnswered(const RequestLogEntry &entry);
    void publish();
    void applySettings();
    void reloadLog();
    void updateState();

    EditorSession *m_session;
    FileController *m_files;
    QAction *m_start;
    QAction *m_stop;
    RequestLogModel *m_logModel;
    QString m_servedPath;
    DetectDataListener *m_detectListener = nullptr;
    // Destroyed in reverse: the served project (and its thread) before the
    // snapshots it reads.
    std::unique_ptr<ProjectSnapshots> m_snapshots;
    std::unique_ptr<ServedProject> m_served;
};

} // namespace gatehouse
