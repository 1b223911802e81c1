#pragma once

#include "engine/DetectDataListener.h"
#include "model/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace gatehouse {

class EditorSession;
class TestServerController;
struct Project;
struct Workflow;

// "Detect data" in the editor: arms the engine's listener for one workflow
// on the editor's own test server (started when it is not running), takes
// the next call to that workflow's /initialize, and applies what it found as
// one undoable edit of the workflow's parameters and their source. Listening
// ends on cancel, on a capture, when the server stops, when another project
// is opened, and when the workflow is renamed or removed.
class DetectDataController : public QObject
{
    Q_OBJECT

public:
    DetectDataController(EditorSession *session, TestServerController *server,
                         QObject *parent = nullptr);
    ~DetectDataController() override;

    // Why `workflow` cannot detect data, empty when it can: it must be a
    // POST workflow the Workflow API serves.
    static QString unavailableReason(const Project &project, const Workflow &workflow);

    // Starts the test server if needed and listens for `workflow`'s next
    // call to /initialize; an error says why not.
    Result<> detect(const QString &workflow);
    // Stops listening; a call that arrives after is not taken.
    void cancel();
    bool isListening() const { return !m_workflow.isEmpty(); }
    // The workflow listened for, empty when not listening.
    QString workflow() const { return m_workflow; }
    quint16 port() const;
    // "http://127.0.0.1:8080/version-test/api/1.1/wf/signup/initialize"
    QString initializeUrl() const;
    // A curl command that sends the workflow's keys, with sample values.
    QString curlExample() const;

    // Replaces the workflow's parameters and their source by `detected`'s,
    // as one undo step; refused when the workflow is gone or is now GET.
    Result<> apply(const DetectedParameters &detected);

signals:
    void listening(const QString &workflow, const QString &url);
    void detected(const gatehouse::DetectedParameters &detected);
    // Listening ended without a capture, for the reason given.
    void stopped(const QString &reason);

private:
    void onDetected(const DetectedParameters &detected);
    void onDocumentChanged();
    void stopWith(const QString &reason);
    QString sampleBody() const;

    EditorSession *m_session;
    QPointer<TestServerController> m_server;
    DetectDataListener m_listener;
    QString m_workflow;
};

} // namespace gatehouse
