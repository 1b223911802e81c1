#include "AuditPanel.h"

#include "AcceptFindingDialog.h"
#include "AuditFindingModel.h"
#include "EditorSession.h"
#include "ProjectAudit.h"
#include "commands/AcceptFinding.h"
#include "commands/ApplyAuditFix.h"
#include "commands/WithdrawAcceptance.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

AuditPanel::AuditPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_audit(session->audit()),
      m_model(new AuditFindingModel(m_audit, this)), m_view(new QTreeView), m_summary(new QLabel),
      m_details(new QTextBrowser)
{
    setObjectName(u"auditPanel"_s);
    m_view->setObjectName(u"auditView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AuditFindingModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(AuditFindingModel::SeverityColumn, 84);
    header->resizeSection(AuditFindingModel::CheckColumn, 60);
    header->resizeSection(AuditFindingModel::SettingColumn, 200);
    header->resizeSection(AuditFindingModel::AcceptedColumn, 150);
    m_summary->setObjectName(u"auditSummary"_s);
    m_details->setObjectName(u"auditDetails"_s);
    m_details->setOpenLinks(false);

    // The details under the list, so the list has the dock's whole width at 1024x700.
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_details->setMinimumHeight(60);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildButtons());
    layout->addWidget(split, 1);

    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit findingActivated(m_model->finding(index.row()));
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &AuditPanel::keepCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPanel::restoreCurrent);
    updateSummary();
    updateDetails();
    updateButtons();
}

QWidget *AuditPanel::buildButtons()
{
    m_applyFix = new QPushButton(tr("Apply Fix"));
    m_applyFix->setObjectName(u"applyFix"_s);
    m_applyFix->setToolTip(tr("Make the change the finding suggests, as one step you can undo"));
    m_accept = new QPushButton(tr("Accept…"));
    m_accept->setObjectName(u"acceptFinding"_s);
    m_accept->setToolTip(tr("Keep the setting on purpose: the reason is saved in the project, "
                            "and the finding no longer fails gatehouse-cli audit --fail-on"));
    m_withdraw = new QPushButton(tr("Withdraw Acceptance"));
    m_withdraw->setObjectName(u"withdrawAcceptance"_s);
    m_withdraw->setToolTip(tr("Count the finding again"));
    connect(m_applyFix, &QPushButton::clicked, this, &AuditPanel::applyFix);
    connect(m_accept, &QPushButton::clicked, this, &AuditPanel::askToAccept);
    connect(m_withdraw, &QPushButton::clicked, this, &AuditPanel::withdraw);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_applyFix);
    layout->addWidget(m_accept);
    layout->addWidget(m_withdraw);
    return row;
}

AcceptFindingDialog *AuditPanel::acceptDialog() const
{
    return m_dialog;
}

const audit::Finding *AuditPanel::currentFinding() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? &m_model->finding(current.row()) : nullptr;
}

bool AuditPanel::selectFinding(const QString &checkId, const QString &settingPath)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const audit::Finding &f = m_model->finding(row);
        if (f.checkId == checkId && (settingPath.isEmpty() || f.location.path() == settingPath)) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void AuditPanel::applyFix()
{
    const audit::Finding *f = currentFinding();
    if (!f || !f->fix)
        return;
    (void)m_session->push(new ApplyAuditFix(m_session->document(), *f->fix));
}

void AuditPanel::askToAccept()
{
    const audit::Finding *f = currentFinding();
    if (!f || f->isAccepted())
        return;
    delete m_dialog;
    m_dialog = new AcceptFindingDialog(f->checkId, f->message, f->location.describe(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this,
            [this, dialog = m_dialog] { accept(dialog->reason()); });
    m_dialog->open();
}

void AuditPanel::accept(const QString &reason)
{
    const audit::Finding *f = currentFinding();
    if (!f || f->isAccepted() || reason.trimmed().isEmpty())
        return;
    AcceptedFinding accepted{f->checkId, f->location.path(), reason.trimmed(),
                             QDateTime::currentDateTimeUtc()};
    (void)m_session->push(
        new AcceptFinding(m_session->document(), std::move(accepted), f->location.describe()));
}

void AuditPanel::withdraw()
{
    const audit::Finding *f = currentFinding();
    if (!f || !f->isAccepted())
        return;
    (void)m_session->push(new WithdrawAcceptance(m_session->document(), f->checkId,
                                                 f->location.path(), f->location.describe()));
}

void AuditPanel::keepCurrent()
{
    const audit::Finding *f = currentFinding();
    m_keptKey = f ? AuditFindingModel::key(*f) : QString();
    m_keptRow = m_view->currentIndex().row();
    m_keptScroll = m_view->verticalScrollBar()->value();
}

// The same finding stays current; when it is gone (fixed), the one that took
// its row, so a reviewer can work down the list.
void AuditPanel::restoreCurrent()
{
    int row = m_keptKey.isEmpty() ? -1 : m_model->rowOf(m_keptKey);
    if (row < 0 && m_keptRow >= 0 && m_model->rowCount() > 0)
        row = qMin(m_keptRow, m_model->rowCount() - 1);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->verticalScrollBar()->setValue(m_keptScroll);
    updateSummary();
    updateDetails();
    updateButtons();
}

void AuditPanel::updateSummary()
{
    const audit::AuditReport &report = m_audit->report();
    if (report.findings.isEmpty()) {
        m_summary->setText(tr("No findings"));
        return;
    }
    QStringList parts;
    for (audit::Severity s : {audit::Severity::Critical, audit::Severity::High,
                              audit::Severity::Medium, audit::Severity::Low, audit::Severity::Info})
        if (const int n = report.count(s))
            parts << u"%1 %2"_s.arg(n).arg(audit::severityId(s));
    const int n = int(report.findings.size());
    QString text = (n == 1 ? tr("1 finding: ") : tr("%1 findings: ").arg(n)) + parts.join(u", "_s);
    if (const int accepted = report.acceptedCount())
        text += tr("; %1 accepted").arg(accepted);
    m_summary->setText(text);
}

void AuditPanel::updateDetails()
{
    const audit::Finding *f = currentFinding();
    if (!f) {
        m_details->setHtml(tr("<p>Select a finding to read why it matters and what to do.</p>"));
        return;
    }
    const audit::CheckInfo *info = m_audit->report().check(f->checkId);
    QString html = u"<p><b>%1 %2</b> (%3)</p><p>%4</p><p><i>%5</i></p>"_s.arg(
        f->checkId.toHtmlEscaped(), info ? info->title.toHtmlEscaped() : QString(),
        audit::severityId(f->severity), f->message.toHtmlEscaped(),
        f->location.describe().toHtmlEscaped());
    if (f->isAccepted())
        html += tr("<p><b>Accepted:</b> %1</p>").arg(f->acceptedReason->toHtmlEscaped());
    if (f->fix)
        html += tr("<p><b>Fix:</b> %1</p>").arg(f->fix->describe().toHtmlEscaped());
    if (info) {
        html += u"<p>%1</p>"_s.arg(info->explanation.toHtmlEscaped());
        if (!info->owasp.isEmpty())
            html += tr("<p>OWASP API Security Top 10 (2023): %1</p>")
                        .arg(info->owasp.join(u", "_s).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

void AuditPanel::updateButtons()
{
    const audit::Finding *f = currentFinding();
    m_applyFix->setEnabled(f && f->fix);
    m_accept->setEnabled(f && !f->isAccepted());
    m_withdraw->setEnabled(f && f->isAccepted());
}

} // namespace gatehouse
