#include "RequestResponseView.h"

#include "JsonHighlighter.h"
#include "RequestSender.h"
#include "TracePipelineView.h"
#include "models/JsonTreeModel.h"
#include "models/TraceTableModel.h"
#include "server/RequestLogEntry.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QPlainTextEdit *readOnlyText(const QString &name)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

// Past this a body is shown plain: highlighting it would hold up the editor.
constexpr qsizetype kHighlightLimit = 512 * 1024;

} // namespace

RequestResponseView::RequestResponseView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel), m_simulated(new QLabel), m_meta(new QLabel),
      m_headers(readOnlyText(u"responseHeaders"_s)), m_body(readOnlyText(u"responseBody"_s)),
      m_highlighter(new JsonHighlighter(m_body->document())), m_json(new JsonTreeModel(this)),
      m_tree(new QTreeView), m_copy(new QPushButton(tr("Copy Body"))),
      m_trace(new TraceTableModel(this)), m_traceView(new QTableView),
      m_pipeline(new TracePipelineView)
{
    m_simulated->setObjectName(u"responseSimulated"_s);
    m_simulated->setText(tr("<b>Simulated</b> in the editor: no credential was sent"));
    m_simulated->setToolTip(tr("The engine decided this call in the editor's own process, as "
                               "the token it names, over the test server's live data"));
    m_status->setObjectName(u"responseStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_meta->setObjectName(u"responseMeta"_s);
    m_copy->setObjectName(u"copyBodyButton"_s);
    m_copy->setToolTip(tr("Copy the response body to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_body->toPlainText()); });
    m_traceView->setObjectName(u"requestTraceView"_s);
    m_traceView->setModel(m_trace);
    m_traceView->verticalHeader()->hide();
    m_traceView->horizontalHeader()->setStretchLastSection(true);
    m_traceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_traceView->setWordWrap(false);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"responseTabs"_s);
    tabs->addTab(m_pipeline, tr("Trace"));
    tabs->addTab(buildBodyTab(), tr("Body"));
    tabs->addTab(m_headers, tr("Headers"));
    tabs->addTab(m_traceView, tr("Trace Table"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_status);
    top->addWidget(m_simulated);
    top->addWidget(m_meta, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    clear();
}

void RequestResponseView::clear()
{
    m_status->setText(tr("Not sent yet"));
    m_meta->clear();
    m_headers->clear();
    m_body->clear();
    m_json->setJson({});
    m_trace->setTrace({});
    m_pipeline->setTrace({});
    m_copy->setEnabled(false);
    setSimulated(false);
}

QWidget *RequestResponseView::buildBodyTab()
{
    m_tree->setObjectName(u"responseBodyTree"_s);
    m_tree->setModel(m_json);
    m_tree->setUniformRowHeights(true);
    m_tree->setToolTip(tr("The body's JSON: objects and lists fold"));
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"responseBodySplit"_s);
    split->addWidget(m_body);
    split->addWidget(m_tree);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void RequestResponseView::setSimulated(bool simulated)
{
    m_simulated->setVisible(simulated);
}

void RequestResponseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->repalette(palette());
    QWidget::changeEvent(event);
}

void RequestResponseView::showAnswer(const RequestAnswer &answer)
{
    m_status->setText(u"<b>%1</b>"_s.arg(statusText(answer.status, answer.reason).toHtmlEscaped()));
    m_meta->setText(
        tr("%1 ms · %2").arg(answer.ms).arg(QLocale().formattedDataSize(answer.body.size())));
    QStringList lines;
    for (const auto &[name, value] : answer.headers)
        lines.append(QString::fromLatin1(name + ": " + value));
    m_headers->setPlainText(lines.join(u'\n'));
    m_highlighter->setDocument(answer.body.size() <= kHighlightLimit ? m_body->document()
                                                                     : nullptr);
    m_body->setPlainText(prettyBody(answer.body));
    m_json->setJson(answer.body);
    m_tree->expandToDepth(1);
    m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    m_copy->setEnabled(!answer.body.isEmpty());
}

void RequestResponseView::showTrace(const QJsonArray &trace)
{
    m_trace->setTrace(trace);
    m_traceView->resizeColumnsToContents();
    m_pipeline->setTrace(RequestLogEntry::traceFromJson(trace));
}

void RequestResponseView::showProblem(const QString &problem)
{
    clear();
    m_status->setText(tr("Not sent: %1").arg(problem));
}

QString RequestResponseView::statusText(int status, const QString &reason)
{
    if (status == 0)
        return tr("No answer: %1").arg(reason);
    static const QHash<int, QString> standard = {{200, u"OK"_s},
                                                 {201, u"Created"_s},
                                                 {204, u"No Content"_s},
                                                 {400, u"Bad Request"_s},
                                                 {401, u"Unauthorized"_s},
                                                 {403, u"Forbidden"_s},
                                                 {404, u"Not Found"_s},
                                                 {405, u"Method Not Allowed"_s},
                                                 {413, u"Payload Too Large"_s},
                                                 {429, u"Too Many Requests"_s},
                                                 {500, u"Internal Server Error"_s}};
    const QString words = reason.isEmpty() ? standard.value(status) : reason;
    return words.isEmpty() ? QString::number(status) : u"%1 %2"_s.arg(status).arg(words);
}

QString RequestResponseView::prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(body);
    return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace gatehouse
