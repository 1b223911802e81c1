#include "ProjectAudit.h"

#include "audit/Audit.h"
#include "model/ProjectDocument.h"

#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// Long enough for a run of typing, short enough to feel live.
constexpr int kPauseMs = 300;
} // namespace

ProjectAudit::ProjectAudit(ProjectDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &ProjectAudit::refreshNow);
    connect(document, &ProjectDocument::changed, &m_timer, qOverload<>(&QTimer::start));
    setReport(audit::Audit::run(document->project(), {m_now(), {}, {}}));
}

void ProjectAudit::setProjectFilePath(const QString &path)
{
    m_filePath = path;
    m_timer.start();
}

void ProjectAudit::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refreshNow();
}

ProjectAudit::~ProjectAudit()
{
    if (m_thread) {
        m_run->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ProjectAudit::refreshNow()
{
    m_timer.stop();
    if (m_running) {
        m_again = true;
        m_run->cancelled = true; // its answer would be for a project that no longer is
        return;
    }
    m_running = true;
    m_run = std::make_shared<Run>();
    // The thread gets values only: the snapshot, the environment, its run,
    // a place for the result.
    auto result = std::make_shared<std::optional<audit::AuditReport>>();
    const audit::AuditEnvironment environment{m_now(), m_filePath, {}};
    m_thread =
        QThread::create([snapshot = m_document->snapshot(), environment, result, run = m_run] {
            *result = audit::Audit::run(*snapshot, environment,
                                        [&run = *run] { return run.cancelled.load(); });
            (result->has_value() ? run->completed : run->stopped) = true;
        });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        finished(*result);
    });
    m_thread->start(QThread::LowPriority);
}

void ProjectAudit::finished(const std::optional<audit::AuditReport> &report)
{
    if (std::exchange(m_again, false) || !report) {
        refreshNow(); // the project moved on while this ran
        return;
    }
    const bool same = report->findings == m_report.findings;
    setReport(*report);
    if (!same)
        emit changed();
}

void ProjectAudit::setReport(audit::AuditReport report)
{
    using Kind = audit::SettingLocation::Kind;
    m_report = std::move(report);
    m_byWorkflow.clear();
    m_byToken.clear();
    for (const audit::Finding &f : m_report.findings) {
        const Kind kind = f.location.kind;
        if (kind == Kind::Workflow || kind == Kind::WorkflowStep || kind == Kind::WorkflowParameter)
            m_byWorkflow[f.location.workflow] << f;
        else if (kind == Kind::Token)
            m_byToken[f.location.token] << f;
    }
}

int ProjectAudit::worstOpenSeverity(const QList<audit::Finding> &findings)
{
    int worst = -1;
    for (const audit::Finding &f : findings) {
        if (!f.isAccepted())
            worst = qMax(worst, int(f.severity));
    }
    return worst;
}

QString ProjectAudit::describe(const QList<audit::Finding> &findings)
{
    QStringList lines;
    for (const audit::Finding &f : findings) {
        QString line =
            u"%1 %2: %3"_s.arg(audit::severityId(f.severity).toUpper(), f.checkId, f.message);
        if (f.isAccepted())
            line += tr(" (accepted)");
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace gatehouse
