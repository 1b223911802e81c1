#include "RequestPanel.h"

#include "EditorSession.h"
#include "RequestCheck.h"
#include "RequestDraft.h"
#include "RequestHistoryView.h"
#include "RequestPanelActions.h"
#include "RequestResponseView.h"
#include "RequestSender.h"
#include "SimulatedCall.h"
#include "SuiteRunView.h"
#include "TestServerController.h"
#include "model/Project.h"
#include "model/ProjectDocument.h"
#include "server/RequestLogEntry.h"
#include "tokens/RunSecrets.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QPlainTextEdit *codeEdit(const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

RequestPanel::RequestPanel(EditorSession *session, TestServerController *server, QWidget *parent)
    : QWidget(parent), m_session(session), m_server(server), m_sender(new RequestSender(this)),
      m_target(new QComboBox), m_dataType(new QComboBox), m_operation(new QComboBox),
      m_method(new QComboBox), m_path(new QLineEdit), m_query(new QLineEdit),
      m_actAs(new RequestActAsRow(session, server)),
      m_body(codeEdit(u"requestBody"_s, tr("JSON body"))),
      m_headers(codeEdit(u"requestHeaders"_s, tr("One header a line: Name: value"))),
      m_send(new QPushButton(tr("Send"))), m_response(new RequestResponseView),
      m_tabs(new QTabWidget), m_history(new RequestHistoryView(session)),
      m_suite(new SuiteRunView(session)),
      m_actions(new RequestPanelActions(this, session, server, m_history, m_suite))
{
    setObjectName(u"requestPanel"_s);
    m_send->setObjectName(u"sendRequestButton"_s);
    // Ctrl+Return in another panel (an expression, a name) must not send.
    auto *sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendKey, &QShortcut::activated, this, &RequestPanel::send);
    m_send->setToolTip(tr("Send to the test server on 127.0.0.1, starting it if needed "
                          "(Ctrl+Return)"));
    connect(m_send, &QPushButton::clicked, this, &RequestPanel::send);
    connect(m_sender, &RequestSender::answered, this, &RequestPanel::onAnswered);
    connect(m_server, &TestServerController::entryLogged, this, &RequestPanel::onLogged);

    auto *form = new QFormLayout;
    form->addRow(tr("Target:"), buildTargetRow());
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_method);
    urlRow->addWidget(m_path, 1);
    form->addRow(tr("URL:"), urlRow);
    form->addRow(tr("Query:"), m_query);
    form->addRow(tr("Act as:"), m_actAs);
    form->addRow(tr("Body:"), m_body);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(buildSendRow());
    auto *request = new QWidget;
    request->setLayout(form);
    // Scrolled rather than widening the window past 1024 when every dock is open.
    auto *requestScroll = new QScrollArea;
    requestScroll->setWidget(request);
    requestScroll->setWidgetResizable(true);
    requestScroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(requestScroll);
    m_tabs->setObjectName(u"requestTabs"_s);
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_suite, tr("Saved and suites"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    ProjectDocument *document = m_session->document();
    connect(document, &ProjectDocument::projectReset, this, &RequestPanel::refreshTargets);
    connect(document, &ProjectDocument::changed, m_actAs, &RequestActAsRow::refresh);
    connect(m_session->runSecrets(), &RunSecrets::changed, m_actAs, &RequestActAsRow::refresh);
    refreshTargets();
}

QWidget *RequestPanel::buildTargetRow()
{
    m_target->setObjectName(u"requestTarget"_s);
    m_dataType->setObjectName(u"requestDataType"_s);
    m_operation->setObjectName(u"requestOperation"_s);
    m_operation->addItems(SavedRequest::operationIds());
    m_method->setObjectName(u"requestMethod"_s);
    m_method->addItems({u"POST"_s, u"GET"_s, u"PATCH"_s, u"PUT"_s, u"DELETE"_s});
    m_path->setObjectName(u"requestPath"_s);
    m_query->setObjectName(u"requestQuery"_s);
    m_query->setPlaceholderText(tr("key=value&other=value"));
    for (QComboBox *combo : {m_target, m_dataType, m_operation})
        connect(combo, &QComboBox::activated, this, &RequestPanel::onTargetChosen);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_target, 1);
    layout->addWidget(m_dataType);
    layout->addWidget(m_operation);
    return row;
}

QWidget *RequestPanel::buildSendRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actions->copyCurlButton());
    layout->addWidget(m_actions->pasteCurlButton());
    layout->addStretch();
    layout->addWidget(m_send);
    return row;
}

void RequestPanel::refreshTargets()
{
    const Project &project = m_session->document()->project();
    m_target->clear();
    for (const Workflow &workflow : project.workflows) {
        if (workflow.exposed)
            m_target->addItem(tr("Workflow %1").arg(workflow.name), workflow.name);
    }
    m_target->addItem(tr("Data API"), QString());
    m_dataType->clear();
    for (const DataType &type : project.dataTypes)
        m_dataType->addItem(type.name);
    m_actAs->refresh();
    onTargetChosen();
}

void RequestPanel::onTargetChosen()
{
    const bool data = m_target->currentData().toString().isEmpty();
    m_dataType->setVisible(data);
    m_operation->setVisible(data);
    if (data)
        prefillData(m_dataType->currentText(), m_operation->currentText());
    else
        prefillWorkflow(m_target->currentData().toString());
}

void RequestPanel::prefillWorkflow(const QString &workflow)
{
    const RequestDraft draft =
        RequestDraft::forWorkflow(m_session->document()->project(), workflow);
    if (draft.path.isEmpty())
        return;
    m_target->setCurrentIndex(m_target->findData(workflow));
    m_dataType->hide();
    m_operation->hide();
    showDraft(draft);
}

void RequestPanel::prefillData(const QString &type, const QString &operation)
{
    const auto op = SavedRequest::operationFromId(operation);
    if (type.isEmpty() || !op)
        return;
    const RequestDraft draft = RequestDraft::forData(m_session->document()->project(), type, *op);
    showDraft(draft);
}

void RequestPanel::loadDraft(const RequestDraft &draft)
{
    int target = m_target->findData(QString());
    for (int i = 0; i < m_target->count(); ++i) {
        SavedRequest request;
        request.workflow = m_target->itemData(i).toString();
        if (!request.workflow.isEmpty() && request.path() == draft.path)
            target = i;
    }
    m_target->setCurrentIndex(target);
    const bool data = m_target->currentData().toString().isEmpty();
    m_dataType->setVisible(data);
    m_operation->setVisible(data);
    showDraft(draft);
    m_headers->setPlainText(draft.headersText());
}

void RequestPanel::showDraft(const RequestDraft &draft)
{
    m_method->setCurrentText(QString::fromLatin1(draft.method));
    m_path->setText(draft.path);
    m_query->setText(draft.queryText());
    m_body->setPlainText(draft.bodyShown());
}

void RequestPanel::send()
{
    if (m_sender->isBusy())
        return;
    m_response->clear();
    // Checked before anything starts or is sent.
    const RequestDraft draft = currentDraft();
    const QString bodyText = draft.bodyText.trimmed();
    const Result<QByteArray> contentType = RequestCheck::contentType(bodyText);
    if (!contentType)
        return showRefusal(contentType.errorMessage());
    if (const QString wrong = RequestCheck::parameterProblem(m_session->document()->project(),
                                                             draft.path, bodyText, draft.query);
        !wrong.isEmpty())
        return showRefusal(wrong);
    if (!m_server->isRunning() && !m_server->start())
        return showRefusal(tr("the test server did not start"));
    QString problem;
    RequestSender::Call call;
    call.authorization = m_actAs->authorization(&problem);
    if (!problem.isEmpty())
        return showRefusal(problem);
    call.method = m_method->currentText().toLatin1();
    call.url = QUrl(m_server->url() + m_path->text().trimmed());
    if (!m_query->text().trimmed().isEmpty())
        call.url.setQuery(m_query->text().trimmed());
    call.body = bodyText.toUtf8();
    for (const auto &[name, value] : draft.headers)
        call.headers.append({name.toLatin1(), value.toUtf8()});
    if (contentType.value() == "application/x-www-form-urlencoded")
        call.headers.prepend({"Content-Type", contentType.value()});
    m_actions->noteSent(draft);
    if (m_actAs->isSimulated()) {
        simulate(call);
        return;
    }
    m_sentMethod = call.method;
    m_sentPath = call.url.path();
    m_loggedEarly.reset();
    ++m_sendCount;
    m_waitingForTrace = true;
    m_send->setEnabled(false);
    m_sender->send(call);
}

// In this process, over the test server's live data; no credential is made
// or sent, and the engine decides who the token is.
void RequestPanel::simulate(const RequestSender::Call &call)
{
    m_waitingForTrace = false; // its answer and trace come back together
    QElapsedTimer elapsed;
    elapsed.start();
    const auto response = m_server->simulate(SimulatedCall::requestOf(call), m_actAs->tokenName());
    if (!response) {
        m_response->showProblem(tr("the test server is not running"));
    } else {
        m_response->showAnswer(SimulatedCall::answerOf(*response, elapsed.elapsed()));
        m_response->showTrace(response->trace.toJson());
        m_response->setSimulated(true);
    }
    emit finished();
}

void RequestPanel::onAnswered(const RequestAnswer &answer)
{
    m_send->setEnabled(true);
    m_response->showAnswer(answer);
    m_tabs->setCurrentWidget(m_response);
    m_actions->noteAnswered(answer.status);
    if (m_loggedEarly) {
        showTrace(*std::exchange(m_loggedEarly, std::nullopt));
        return;
    }
    if (answer.status == 0) {
        m_waitingForTrace = false;
        emit finished();
        return;
    }
    // The log announces it in a moment; a server that never does must not
    // leave the panel waiting.
    QTimer::singleShot(traceWaitMs, this, [this, sent = m_sendCount] {
        if (m_waitingForTrace && sent == m_sendCount) {
            m_waitingForTrace = false;
            emit finished();
        }
    });
}

void RequestPanel::onLogged(const RequestLogEntry &entry)
{
    if (!m_waitingForTrace || !matches(entry))
        return;
    if (m_sender->isBusy())
        m_loggedEarly = entry; // logged before the reply reached us
    else
        showTrace(entry);
}

void RequestPanel::showTrace(const RequestLogEntry &entry)
{
    m_waitingForTrace = false;
    m_response->showTrace(entry.trace.toJson());
    emit finished();
}

bool RequestPanel::matches(const RequestLogEntry &entry) const
{
    return entry.method.toLatin1() == m_sentMethod &&
           (entry.path == m_sentPath || entry.path.startsWith(m_sentPath + u'?'));
}

void RequestPanel::showRefusal(const QString &problem)
{
    m_response->showProblem(problem);
    m_tabs->setCurrentWidget(m_response);
    emit finished();
}

RequestDraft RequestPanel::currentDraft() const
{
    return RequestDraft::fromFields(m_method->currentText().toLatin1(), m_path->text(),
                                    m_query->text(), m_body->toPlainText(),
                                    m_headers->toPlainText());
}

std::optional<PrincipalRef> RequestPanel::actingAs() const
{
    return m_actAs->actingAs();
}

void RequestPanel::selectActingAs(const PrincipalRef &principal, bool pasted,
                                  const QString &credential)
{
    m_actAs->select(principal, pasted, credential);
}

} // namespace gatehouse
