#include "RequestLogPanel.h"

#include "RequestLogChart.h"
#include "RequestLogFilterBar.h"
#include "models/RequestLogFilterModel.h"
#include "models/RequestLogModel.h"
#include "models/TraceTableModel.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

RequestLogPanel::RequestLogPanel(RequestLogModel *model, QWidget *parent)
    : QWidget(parent), m_filter(new RequestLogFilterModel(model, this)),
      m_trace(new TraceTableModel(this)), m_filterBar(new RequestLogFilterBar(m_filter)),
      m_chart(new RequestLogChart(m_filter)),
      m_open(new QAction(tr("Open in Request Panel"), this)),
      m_logView(makeTable(m_filter, u"requestLogView"_s)), m_summary(new QLabel),
      m_traceView(makeTable(m_trace, u"traceView"_s)), m_stepDetail(new QLabel)
{
    // Fixed from the font, not from the rows: they arrive while the dock may be hidden.
    QHeaderView *header = m_logView->horizontalHeader();
    const QFontMetrics metrics = m_logView->fontMetrics();
    const auto fit = [&](int column, const QString &widest) {
        header->resizeSection(column, metrics.horizontalAdvance(widest) + 24);
    };
    fit(RequestLogModel::TimeColumn, u"00:00:00"_s);
    fit(RequestLogModel::MethodColumn, u"OPTIONS"_s);
    fit(RequestLogModel::StatusColumn, u"Status"_s);
    fit(RequestLogModel::DurationColumn, u"Duration"_s);
    // Path and caller keep a readable width and lose their middle, not their
    // end, when narrow; the table scrolls sideways rather than squeeze them.
    fit(RequestLogModel::PathColumn, u"/api/1.1/wf/create_transaction"_s);
    fit(RequestLogModel::CallerColumn, u"user `someone@example.com` (token `session`)"_s);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    showWhatMattersFirst(header);
    m_logView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *traceHeader = m_traceView->horizontalHeader();
    traceHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    traceHeader->setSectionResizeMode(TraceTableModel::ReasonColumn, QHeaderView::Stretch);
    // Whole reasons: rows wrap and grow to their text.
    m_traceView->setWordWrap(true);
    m_traceView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_traceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepDetail->setObjectName(u"traceStepDetail"_s);
    m_stepDetail->setWordWrap(true);
    m_stepDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepDetail->setText(tr("Select a step to read it in full."));
    m_logView->setToolTip(tr("Requests the test server answered; select one to see its trace"));

    m_summary->setObjectName(u"traceSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Select a request to see why it was let in or stopped."));

    auto *below = new QWidget;
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 4, 0, 0);
    belowLayout->addWidget(m_summary);
    belowLayout->addWidget(m_traceView, 1);
    belowLayout->addWidget(m_stepDetail);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_logView);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_chart);
    layout->addWidget(splitter, 1);
    addOpenAction();
    detach(); // until shown

    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogPanel::showSelected);
    connect(m_traceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogPanel::showSelectedStep);
    connect(m_trace, &QAbstractItemModel::modelReset, this, &RequestLogPanel::showSelectedStep);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        showSelected();
        m_logView->scrollToBottom();
    });
    // Removed rows (the log's bound, a filter) can take the selected one with them.
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RequestLogPanel::showSelected);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_logView->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RequestLogPanel::followNewRows);
}

// In a narrow dock the first columns are the ones seen: the status, the
// path and the caller; the method, how long and when after them.
void RequestLogPanel::showWhatMattersFirst(QHeaderView *header)
{
    const int order[] = {RequestLogModel::StatusColumn,   RequestLogModel::PathColumn,
                         RequestLogModel::CallerColumn,   RequestLogModel::MethodColumn,
                         RequestLogModel::DurationColumn, RequestLogModel::TimeColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
}

// Hidden, the table and its filter let the log grow without them: a
// flood costs the dock nothing until it is shown again (docs/benchmarks.md).
void RequestLogPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_filter->isFollowing())
        return;
    m_filter->setFollowing(true);
    // The columns as they were fitted, moved or resized by hand.
    m_logView->horizontalHeader()->restoreState(m_columns);
}

void RequestLogPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    detach();
}

void RequestLogPanel::detach()
{
    if (!m_filter->isFollowing())
        return;
    m_columns = m_logView->horizontalHeader()->saveState();
    m_filter->setFollowing(false);
}

void RequestLogPanel::addOpenAction()
{
    m_open->setObjectName(u"openInRequestPanel"_s);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_open->setToolTip(tr("Send this call again from the Request panel, as the same test user "
                          "when it was one; the log keeps no body, so the workflow's sample "
                          "values fill it"));
    m_logView->addAction(m_open);
    connect(m_open, &QAction::triggered, this, &RequestLogPanel::openSelected);
    connect(m_logView, &QAbstractItemView::doubleClicked, this, &RequestLogPanel::openSelected);
    m_logView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_logView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex row = m_logView->indexAt(at);
        if (!row.isValid())
            return;
        m_logView->selectRow(row.row());
        QMenu menu(this);
        menu.addAction(m_open);
        menu.exec(m_logView->viewport()->mapToGlobal(at));
    });
}

void RequestLogPanel::openSelected()
{
    const QModelIndex current = m_logView->selectionModel()->currentIndex();
    if (current.isValid() && current.row() < m_filter->rowCount())
        emit openRequested(m_filter->entry(current.row()));
}

void RequestLogPanel::followNewRows()
{
    // Follow the newest request unless the reader scrolled up to an older one:
    // down only, so the status and path stay in a narrow dock's view.
    if (m_atBottom)
        m_logView->scrollToBottom();
}

void RequestLogPanel::showSelectedStep()
{
    const QModelIndex current = m_traceView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_stepDetail->setText(tr("Select a step to read it in full."));
        return;
    }
    const auto cell = [&](int column) {
        return m_trace->index(current.row(), column).data().toString();
    };
    QString detail =
        tr("%1, %2: %3")
            .arg(cell(TraceTableModel::StageColumn), cell(TraceTableModel::VerdictColumn),
                 cell(TraceTableModel::ReasonColumn));
    if (!cell(TraceTableModel::SubjectColumn).isEmpty())
        detail += u'\n' + tr("Subject: %1").arg(cell(TraceTableModel::SubjectColumn));
    m_stepDetail->setText(detail);
}

void RequestLogPanel::showSelected()
{
    const QModelIndex current = m_logView->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_filter->rowCount()) {
        m_trace->setTrace({});
        m_summary->setText(tr("Select a request to see why it was let in or stopped."));
        return;
    }
    const RequestLogEntry &entry = m_filter->entry(current.row());
    QString summary = tr("%1 %2 answered %3 in %4 ms, caller: %5")
                          .arg(entry.method, entry.path)
                          .arg(entry.status)
                          .arg(entry.durationMs)
                          .arg(entry.principal.isEmpty() ? tr("not identified") : entry.principal);
    if (!entry.handled)
        summary += u'\n' + tr("Answered by the HTTP layer before the engine: %1").arg(entry.error);
    m_summary->setText(summary);
    m_trace->setTrace(entry.trace.toJson()); // JSON only for the one shown
}

} // namespace gatehouse
