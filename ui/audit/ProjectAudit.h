#pragma once

#include "audit/AuditReport.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <optional>

#include <atomic>
#include <functional>
#include <memory>

namespace gatehouse {

class ProjectDocument;

// The open project's audit (core's audit::Audit, the same as
// `gatehouse-cli audit`), run again a moment after the last edit so a run of
// typing audits once. It runs on a thread of its own over the document's
// immutable snapshot, so a large project's audit never freezes the editor;
// an edit made meanwhile stops that run, and the newest state is audited
// once it has stopped; closing stops it too. The Audit panel lists it; the
// workflow list and the token manager mark what it found.
class ProjectAudit : public QObject
{
    Q_OBJECT

public:
    explicit ProjectAudit(ProjectDocument *document, QObject *parent = nullptr);
    // Stops a run in progress and waits for it to stop: it reads nothing
    // of this object.
    ~ProjectAudit() override;

    // One run on the thread: what it was asked and what it did.
    struct Run
    {
        std::atomic_bool cancelled = false; // set on the GUI thread
        std::atomic_bool stopped = false;   // it saw the flag and reported nothing
        std::atomic_bool completed = false; // it audited every check
    };
    // The newest run started, for tests: null before the first.
    std::shared_ptr<const Run> lastRun() const { return m_run; }

    const audit::AuditReport &report() const { return m_report; }
    const QList<audit::Finding> &findings() const { return m_report.findings; }
    // The findings at the workflow of that name, its steps and parameters.
    QList<audit::Finding> findingsForWorkflow(const QString &workflow) const
    {
        return m_byWorkflow.value(workflow);
    }
    QList<audit::Finding> findingsForToken(const QString &token) const
    {
        return m_byToken.value(token);
    }
    // The worst severity among `findings` not accepted, or -1 when there is none.
    static int worstOpenSeverity(const QList<audit::Finding> &findings);
    // "HIGH GH303: never expires", one a line, for a tooltip.
    static QString describe(const QList<audit::Finding> &findings);

    // The file the project is saved in, for the checks that read its mode.
    void setProjectFilePath(const QString &path);
    // The time the audit runs at; the real time by default.
    void setClock(std::function<QDateTime()> now);
    // Starts the audit now instead of after the pause.
    void refreshNow();
    // Whether an edit is waiting to be audited, or being audited.
    bool isPending() const { return m_timer.isActive() || m_running; }

signals:
    // The findings differ from the last run's.
    void changed();

private:
    void setReport(audit::AuditReport report);
    void finished(const std::optional<audit::AuditReport> &report);

    ProjectDocument *m_document;
    QTimer m_timer;
    QString m_filePath;
    std::function<QDateTime()> m_now;
    audit::AuditReport m_report;
    QThread *m_thread = nullptr;
    std::shared_ptr<Run> m_run;
    bool m_running = false;
    bool m_again = false; // an edit came while a run was going: it was stopped
    // The findings by the workflow and the token they are at, for the badges.
    QHash<QString, QList<audit::Finding>> m_byWorkflow;
    QHash<QString, QList<audit::Finding>> m_byToken;
};

} // namespace gatehouse
