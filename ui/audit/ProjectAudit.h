#pragma once

#include "audit/AuditReport.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace gatehouse {

class ProjectDocument;

// The open project's audit (core's audit::Audit, the same as
// `gatehouse-cli audit`), run again a moment after the last edit so a run of
// typing audits once. The Audit panel lists it; the workflow list and the
// token manager mark what it found.
class ProjectAudit : public QObject
{
    Q_OBJECT

public:
    explicit ProjectAudit(ProjectDocument *document, QObject *parent = nullptr);

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
    // Audits now instead of after the pause (tests, a save).
    void refreshNow();
    // Whether an edit is waiting to be audited.
    bool isPending() const { return m_timer.isActive(); }

signals:
    // The findings differ from the last run's.
    void changed();

private:
    void setReport(audit::AuditReport report);

    ProjectDocument *m_document;
    QTimer m_timer;
    QString m_filePath;
    std::function<QDateTime()> m_now;
    audit::AuditReport m_report;
    // The findings by the workflow and the token they are at, for the badges.
    QHash<QString, QList<audit::Finding>> m_byWorkflow;
    QHash<QString, QList<audit::Finding>> m_byToken;
};

} // namespace gatehouse
