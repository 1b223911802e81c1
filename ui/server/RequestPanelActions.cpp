#include "RequestPanelActions.h"

#include "CurlCommand.h"
#include "EditorSession.h"
#include "RequestHistoryView.h"
#include "RequestPanel.h"
#include "SavedRequestBuilder.h"
#include "SuiteRunView.h"
#include "TestServerController.h"
#include "commands/SaveRequest.h"
#include "exchange/SuiteVariables.h"
#include "model/ExpectedBodyText.h"
#include "model/Project.h"
#include "model/ProjectDocument.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RequestPanelActions::RequestPanelActions(RequestPanel *panel, EditorSession *session,
                                         TestServerController *server, RequestHistoryView *history,
                                         SuiteRunView *suite)
    : QObject(panel), m_panel(panel), m_session(session), m_server(server), m_history(history),
      m_suite(suite), m_copyCurl(new QPushButton(tr("Copy as cURL"))),
      m_pasteCurl(new QPushButton(tr("Paste cURL")))
{
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_copyCurl->setToolTip(tr("The request as a curl command; who it acts as becomes a shell "
                              "variable, never a secret"));
    m_pasteCurl->setObjectName(u"pasteCurlButton"_s);
    m_pasteCurl->setToolTip(tr("Fill the request from a curl command on the clipboard"));
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestPanelActions::copyAsCurl);
    connect(m_pasteCurl, &QPushButton::clicked, this, &RequestPanelActions::pasteCurl);
    connect(m_history, &RequestHistoryView::entryChosen, this, &RequestPanelActions::loadHistory);
    connect(m_suite, &SuiteRunView::saveRequested, this, &RequestPanelActions::save);
}

void RequestPanelActions::copyAsCurl()
{
    const std::optional<PrincipalRef> principal = m_panel->actingAs();
    const QString variable = principal ? SuiteVariables::nameOf(*principal) : u"TOKEN"_s;
    const QString base = m_server->isRunning() ? m_server->url() : SuiteVariables::defaultBaseUrl();
    QGuiApplication::clipboard()->setText(
        CurlCommand::render(m_panel->currentDraft(), base, variable));
}

QString RequestPanelActions::userOfVariable(const QString &authorization) const
{
    for (const Record &record : m_session->document()->project().records) {
        const QString email = record.values.value(u"email"_s).toString();
        if (record.type == DataType::userTypeName() && !email.isEmpty() &&
            authorization.endsWith(u"$"_s + SuiteVariables::nameOf(PrincipalRef::user(email))))
            return email;
    }
    return {};
}

void RequestPanelActions::pasteCurl()
{
    const auto parsed = CurlCommand::parse(QGuiApplication::clipboard()->text());
    if (!parsed)
        return m_panel->showRefusal(
            tr("cannot read the curl command: %1").arg(parsed.errorMessage()));
    m_panel->loadDraft(parsed->draft);
    const QString authorization = parsed->authorization;
    if (authorization.isEmpty())
        return m_panel->selectActingAs(PrincipalRef::anonymous(), false);
    // A variable copied from here names who it acted as; a real credential
    // is pasted as one and lives only in the field.
    if (const QString email = userOfVariable(authorization); !email.isEmpty())
        return m_panel->selectActingAs(PrincipalRef::user(email), false);
    m_panel->selectActingAs({}, true, authorization.contains(u'$') ? QString() : authorization);
}

void RequestPanelActions::noteSent(const RequestDraft &draft)
{
    const std::optional<PrincipalRef> principal = m_panel->actingAs();
    m_sent = {QDateTime::currentDateTimeUtc(),
              draft.method,
              draft.path,
              draft.query,
              draft.bodyText.trimmed(),
              draft.headers,
              principal.value_or(PrincipalRef()),
              !principal,
              0};
}

void RequestPanelActions::noteAnswered(int status)
{
    m_sent.status = status;
    m_history->record(m_sent);
    m_suite->propose(m_sent.path.section(u'/', -1), status);
}

void RequestPanelActions::loadHistory(const RequestHistoryEntry &entry)
{
    m_panel->loadDraft(RequestDraft::fromHistory(entry));
    m_panel->selectActingAs(entry.principal, entry.credentialNotKept);
}

void RequestPanelActions::save(const QString &name, int expectedStatus, const QString &expectedBody)
{
    const Result<QJsonObject> bodyFields = ExpectedBodyText::parse(expectedBody);
    if (!bodyFields)
        return m_panel->showRefusal(
            tr("cannot save the request: %1").arg(bodyFields.errorMessage()));
    const std::optional<PrincipalRef> principal = m_panel->actingAs();
    if (!principal)
        return m_panel->showRefusal(
            tr("a request acting with a pasted credential cannot be saved: a saved request "
               "acts as anonymous, a test user or a token, by name"));
    const Result<SavedRequest> request =
        SavedRequestBuilder::build(m_session->document()->project(), m_panel->currentDraft(),
                                   *principal, name, expectedStatus);
    if (!request)
        return m_panel->showRefusal(tr("cannot save the request: %1").arg(request.errorMessage()));
    SavedRequest saved = request.value();
    saved.expectedBody = bodyFields.value();
    if (auto pushed = m_session->push(new SaveRequest(m_session->document(), saved)); !pushed)
        m_panel->showRefusal(pushed.errorMessage());
}

} // namespace gatehouse
