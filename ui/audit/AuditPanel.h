#pragma once

#include "audit/Finding.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace gatehouse {

class AcceptFindingDialog;
class AuditFindingModel;
class EditorSession;
class ProjectAudit;

// The security audit of the open project, worst first, found again a
// moment after each edit. A click on a finding asks to show its setting
// (findingActivated, which the main window wires to the panel that holds
// it); Apply Fix, Accept... and Withdraw Acceptance are undoable commands.
class AuditPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPanel(EditorSession *session, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    AuditFindingModel *model() const { return m_model; }
    QPushButton *applyFixButton() const { return m_applyFix; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QLabel *summary() const { return m_summary; }
    QTextBrowser *details() const { return m_details; }
    // The reason dialog open now, or null.
    AcceptFindingDialog *acceptDialog() const;

    // The finding of the current row, or null.
    const audit::Finding *currentFinding() const;
    // Selects the first finding of that check (at that setting, when given).
    bool selectFinding(const QString &checkId, const QString &settingPath = {});

    void applyFix();
    // Opens the reason dialog for the current finding.
    void askToAccept();
    void accept(const QString &reason);
    void withdraw();

signals:
    void findingActivated(const gatehouse::audit::Finding &finding);

private:
    QWidget *buildButtons();
    void keepCurrent();
    void restoreCurrent();
    void updateSummary();
    void updateDetails();
    void updateButtons();

    EditorSession *m_session;
    ProjectAudit *m_audit;
    AuditFindingModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QTextBrowser *m_details;
    QPushButton *m_applyFix;
    QPushButton *m_accept;
    QPushButton *m_withdraw;
    QPointer<AcceptFindingDialog> m_dialog;
    // Across a reset: the current finding's key and the scroll position.
    QString m_keptKey;
    int m_keptRow = -1;
    int m_keptScroll = 0;
};

} // namespace gatehouse
