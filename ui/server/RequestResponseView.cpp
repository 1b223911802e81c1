#include "RequestResponseView.h"

#include "RequestSender.h"
#include "models/TraceTableModel.h"

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
#include <QTabWidget>
#include <QTableView>
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

} // namespace

RequestResponseView::RequestResponseView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel), m_meta(new QLabel),
      m_headers(readOnlyText(u"responseHeaders"_s)), m_body(readOnlyText(u"responseBody"_s)),
      m_copy(new QPushButton(tr("Copy Body"))), m_trace(new TraceTableModel(this)),
      m_traceView(new QTableView)
{
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
    tabs->addTab(m_traceView, tr("Trace"));
    tabs->addTab(m_body, tr("Body"));
    tabs->addTab(m_headers, tr("Headers"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_status);
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
    m_trace->setTrace({});
    m_copy->setEnabled(false);
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
    m_body->setPlainText(prettyBody(answer.body));
    m_copy->setEnabled(!answer.body.isEmpty());
}

void RequestResponseView::showTrace(const QJsonArray &trace)
{
    m_trace->setTrace(trace);
    m_traceView->resizeColumnsToContents();
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
