#include "DetectDataController.h"

#include "EditorSession.h"
#include "TestServerController.h"
#include "commands/ChangeWorkflow.h"
#include "commands/UndoText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

DetectDataController::DetectDataController(EditorSession *session, TestServerController *server,
                                           QObject *parent)
    : QObject(parent), m_session(session), m_server(server)
{
    qRegisterMetaType<DetectedParameters>();
    m_server->setDetectListener(&m_listener);
    // Emitted on the server's thread.
    connect(&m_listener, &DetectDataListener::detected, this, &DetectDataController::onDetected,
            Qt::QueuedConnection);
    connect(m_server, &TestServerController::runningChanged, this, [this](bool running) {
        if (!running)
            stopWith(tr("The test server stopped; nothing was detected."));
    });
    connect(m_session, &EditorSession::opened, this,
            [this] { stopWith(tr("Another project was opened; nothing was detected.")); });
    connect(m_session->document(), &ProjectDocument::changed, this,
            &DetectDataController::onDocumentChanged);
}

DetectDataController::~DetectDataController()
{
    m_listener.stop();
    if (m_server)
        m_server->setDetectListener(nullptr);
}

QString DetectDataController::unavailableReason(const Project &project, const Workflow &workflow)
{
    if (workflow.method == HttpMethod::Get)
        return tr("A GET workflow's parameters are defined by hand, as in Bubble: a GET call has "
                  "no body to detect them from.");
    if (!workflow.exposed)
        return tr("Expose the workflow as a public API workflow first: only calls the API "
                  "serves can be detected.");
    if (!project.settings.workflowApiEnabled)
        return tr("Turn the Workflow API on in the API settings first: only calls the API serves "
                  "can be detected.");
    return {};
}

Result<> DetectDataController::detect(const QString &workflow)
{
    const Project &project = m_session->document()->project();
    const Workflow *target = project.findWorkflow(workflow);
    if (!target)
        return Error{tr("The project has no workflow `%1`.").arg(workflow)};
    if (const QString reason = unavailableReason(project, *target); !reason.isEmpty())
        return Error{reason};
    if (!m_server->start())
        return Error{tr("Detect data listens on the test server, which did not start.")};
    m_workflow = workflow;
    m_listener.listen(workflow);
    emit listening(workflow, initializeUrl());
    return {};
}

void DetectDataController::cancel()
{
    m_listener.stop();
    m_workflow.clear();
}

quint16 DetectDataController::port() const
{
    return m_server ? m_server->port() : 0;
}

QString DetectDataController::initializeUrl() const
{
    if (m_workflow.isEmpty() || !m_server || !m_server->isRunning())
        return {};
    return u"%1/version-test/api/1.1/wf/%2/initialize"_s.arg(m_server->url(), m_workflow);
}

QString DetectDataController::curlExample() const
{
    const QString url = initializeUrl();
    if (url.isEmpty())
        return {};
    return u"curl -X POST \\\n  %1 \\\n  -H 'Content-Type: application/json' \\\n  -d '%2'"_s.arg(
        url, sampleBody());
}

// The keys the workflow takes now, so the example is a start worth editing.
QString DetectDataController::sampleBody() const
{
    QJsonObject body;
    const Workflow *target = m_session->document()->project().findWorkflow(m_workflow);
    for (const Parameter &parameter : target ? target->parameters : QList<Parameter>{}) {
        QJsonValue sample;
        switch (parameter.type.kind) {
        case FieldKind::Number:
            sample = 1;
            break;
        case FieldKind::YesNo:
            sample = true;
            break;
        case FieldKind::Date:
            sample = u"2026-01-05T09:00:00Z"_s;
            break;
        default:
            sample = u"text"_s;
        }
        body.insert(parameter.key, sample);
    }
    if (body.isEmpty())
        body.insert(u"key"_s, u"value"_s);
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<> DetectDataController::apply(const DetectedParameters &detected)
{
    ProjectDocument *document = m_session->document();
    const int index = document->project().indexOfWorkflow(detected.workflow);
    if (index < 0)
        return Error{tr("Workflow `%1` was renamed or removed meanwhile; nothing was applied.")
                         .arg(detected.workflow)};
    const Workflow &current = document->project().workflows.at(index);
    if (current.method == HttpMethod::Get)
        return Error{tr("Workflow `%1` is triggered with GET now; nothing was applied.")
                         .arg(detected.workflow)};
    Workflow edited = current;
    edited.parameters = detected.parameters;
    edited.parameterSource = detected.source;
    if (edited == current)
        return {};
    return m_session->push(new ChangeWorkflow(document, index, edited,
                                              UndoText::detectedParameters(detected.workflow)));
}

void DetectDataController::onDetected(const DetectedParameters &detected)
{
    // Cancelled (or listening for another) while the call was on its way.
    if (m_workflow != detected.workflow)
        return;
    m_workflow.clear();
    emit this->detected(detected);
}

void DetectDataController::onDocumentChanged()
{
    if (isListening() && !m_session->document()->project().findWorkflow(m_workflow))
        stopWith(tr("Workflow `%1` was renamed or removed; stopped listening.").arg(m_workflow));
}

void DetectDataController::stopWith(const QString &reason)
{
    if (!isListening())
        return;
    cancel();
    emit stopped(reason);
}

} // namespace gatehouse
