#include "RequestLogPanel.h"

#include "models/RequestLogModel.h"
#include "models/TraceTableModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
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
    : QWidget(parent), m_model(model), m_trace(new TraceTableModel(this)),
      m_logView(makeTable(model, u"requestLogView"_s)), m_summary(new QLabel),
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
    layout->addWidget(splitter);

    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogPanel::showSelected);
    connect(m_traceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogPanel::showSelectedStep);
    connect(m_trace, &QAbstractItemModel::modelReset, this, &RequestLogPanel::showSelectedStep);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        showSelected();
        m_logView->scrollToBottom();
    });
    // Removed rows (the log's bound) can take the selected one with them.
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RequestLogPanel::showSelected);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_logView->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &RequestLogPanel::followNewRows);
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
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_trace->setTrace({});
        m_summary->setText(tr("Select a request to see why it was let in or stopped."));
        return;
    }
    const RequestLogEntry &entry = m_model->entry(current.row());
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
