#include "MatrixPanel.h"

#include "AccessMatrixModel.h"
#include "EditorSession.h"
#include "MatrixComputation.h"
#include "MatrixHeaderView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// Edits come in bursts (typing a name): one computation after the burst.
constexpr int restartDelayMs = 150;
constexpr int narrowest = 44;
constexpr int widest = 150; // a longer name is elided in the middle
} // namespace

MatrixPanel::MatrixPanel(EditorSession *session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_exporter(prompter),
      m_model(new AccessMatrixModel(this)), m_computation(new MatrixComputation(this)),
      m_view(new QTableView), m_detail(new QLabel), m_status(new QLabel),
      m_progress(new QProgressBar), m_csv(new QPushButton(tr("Export &CSV..."))),
      m_html(new QPushButton(tr("Export &HTML..."))), m_restart(new QTimer(this))
{
    setObjectName(u"matrixPanel"_s);
    buildLayout();
    m_restart->setSingleShot(true);
    m_restart->setInterval(restartDelayMs);
    connect(m_restart, &QTimer::timeout, this, &MatrixPanel::restart);
    connect(session->document(), &ProjectDocument::changed, this, &MatrixPanel::documentChanged);
    connect(session->document(), &ProjectDocument::projectReset, this,
            &MatrixPanel::documentChanged);
    connect(m_computation, &MatrixComputation::progressed, this, &MatrixPanel::showProgress);
    connect(m_computation, &MatrixComputation::finished, this, &MatrixPanel::showMatrix);
    connect(m_view, &QTableView::clicked, this, &MatrixPanel::showCell);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCell(current); });
    connect(m_csv, &QPushButton::clicked, this,
            [this] { exportMatrix(MatrixExporter::Format::Csv); });
    connect(m_html, &QPushButton::clicked, this,
            [this] { exportMatrix(MatrixExporter::Format::Html); });
    setCurrent(false);
}

MatrixPanel::~MatrixPanel() = default;

void MatrixPanel::buildLayout()
{
    m_view->setObjectName(u"matrixView"_s);
    m_view->setHorizontalHeader(new MatrixHeaderView(m_view));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setMaximumWidth(220);
    m_view->verticalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_view->setToolTip(
        tr("Who may do what, as the engine decides: %1 allowed, %2 conditional "
           "(on the record; the tooltip says when), %3 refused. Click a cell for "
           "its reason and deciding step.")
            .arg(AccessMatrixModel::symbolOf(audit::MatrixCell::Verdict::Allowed),
                 AccessMatrixModel::symbolOf(audit::MatrixCell::Verdict::DependsOnRecord),
                 AccessMatrixModel::symbolOf(audit::MatrixCell::Verdict::Refused)));

    m_detail->setObjectName(u"matrixCellDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setMargin(8);
    m_detail->setText(tr("Click a cell to see why it is allowed, conditional or refused."));
    auto *detailScroll = new QScrollArea;
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setMinimumWidth(180);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_view);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_status->setObjectName(u"matrixStatus"_s);
    // The dock sits between the side panels at 1024x700: nothing in the bar
    // may ask for more width than it needs to be read.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->setObjectName(u"matrixProgress"_s);
    m_progress->setMinimumWidth(60);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_csv->setObjectName(u"exportMatrixCsv"_s);
    m_html->setObjectName(u"exportMatrixHtml"_s);
    m_csv->setToolTip(tr("Write every cell as CSV, as gatehouse-cli matrix --format csv does"));
    m_html->setToolTip(tr("Write the grid as one HTML page, each cell's reason in its tooltip"));
    auto *legend = new QLabel(
        tr("%1 allowed  %2 conditional  %3 refused")
            .arg(AccessMatrixModel::symbolOf(audit::MatrixCell::Verdict::Allowed),
                 AccessMatrixModel::symbolOf(audit::MatrixCell::Verdict::DependsOnRecord),
                 AccessMatrixModel::symbolOf(audit::MatrixCell::Verdict::Refused)));
    legend->setObjectName(u"matrixLegend"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(legend);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_csv);
    bar->addWidget(m_html);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void MatrixPanel::documentChanged()
{
    // The running answer is for a project that no longer is: drop it now.
    m_computation->cancel();
    m_stale = true;
    setCurrent(false);
    if (isVisible())
        m_restart->start();
}

// The dock is made hidden; a hidden panel computes nothing until shown.
void MatrixPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_restart->isActive())
        restart();
}

void MatrixPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
}

void MatrixPanel::restart()
{
    m_stale = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(m_model->rowCount() > 0 ? tr("Updating after an edit…")
                                              : tr("Computing who may do what…"));
    m_computing = m_session->document()->snapshot();
    m_computingAt = QDateTime::currentDateTimeUtc();
    m_computation->start(m_computing, m_computingAt);
}

void MatrixPanel::showProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
}

void MatrixPanel::showMatrix(const audit::AccessMatrix &matrix)
{
    m_model->setMatrix(matrix);
    sizeColumns();
    m_progress->setVisible(false);
    m_status->setText(
        tr("%1 principals × %2 columns").arg(matrix.rowCount()).arg(matrix.columnCount()));
    setCurrent(true);
    const QModelIndex shown = m_model->indexOf(m_shownPrincipal, m_shownColumn);
    if (shown.isValid()) {
        m_view->setCurrentIndex(shown);
        showCell(shown);
    }
    emit matrixShown();
    emit matrixComputed(m_computing, std::make_shared<const audit::AccessMatrix>(matrix),
                        m_computingAt);
}

// From the header's text alone: measuring every cell of a large project's
// thousands of columns would stall the GUI thread the computation spared.
void MatrixPanel::sizeColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    QFont bold = header->font(); // the current cell's column is bold
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width = 0;
        const QStringList lines =
            m_model->headerData(column, Qt::Horizontal).toString().split(u'\n');
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        header->resizeSection(column, std::clamp(width + 16, narrowest, widest));
    }
}

void MatrixPanel::showCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const audit::AccessMatrix &matrix = m_model->matrix();
    const audit::MatrixPrincipal &who = matrix.principals().at(index.row());
    const audit::MatrixColumn &what = matrix.columns().at(index.column());
    const audit::MatrixCell cell = matrix.cell(index.row(), index.column());
    m_shownPrincipal = who.label();
    m_shownColumn = what.label();
    const QString condition = cell.verdict == audit::MatrixCell::Verdict::DependsOnRecord
                                  ? tr("Only when")
                                  : tr("Reason");
    m_detail->setText(u"<p><b>%1</b> \u2192 <b>%2</b></p><p style='font-size:large'>%3 %4</p>"
                      "<p><i>%5</i><br>%6</p><p><i>%7</i><br>%8</p>"_s.arg(
                          who.label().toHtmlEscaped(), what.label().toHtmlEscaped(),
                          AccessMatrixModel::symbolOf(cell.verdict), cell.verdictWord(), condition,
                          cell.reason.toHtmlEscaped(), tr("Deciding step"),
                          cell.decidedBy.toHtmlEscaped()));
}

void MatrixPanel::setCurrent(bool current)
{
    m_current = current;
    m_csv->setEnabled(current);
    m_html->setEnabled(current);
}

QString MatrixPanel::exportMatrix(MatrixExporter::Format format)
{
    if (!m_current)
        return {};
    return m_exporter.exportMatrix(m_model->matrix(), format, m_session->filePath(),
                                   m_session->document()->project().name);
}

} // namespace gatehouse
