#include "TokensPanel.h"

#include "ClipboardClearer.h"
#include "EditorSession.h"
#include "LiveTokenFacts.h"
#include "NarrowDialog.h"
#include "NewTokenDialog.h"
#include "RotateDialog.h"
#include "RunSecrets.h"
#include "SecretDialog.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "audit/ProjectAudit.h"
#include "commands/AddToken.h"
#include "commands/ChangeSettings.h"
#include "commands/ChangeToken.h"
#include "engine/TokenDescription.h"
#include "engine/TokenUseScopes.h"
#include "models/RequestLogModel.h"
#include "server/TestServerController.h"
#include "server/TokenUsage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QPushButton *button(const QString &text, const QString &objectName, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    return b;
}
} // namespace

TokensPanel::TokensPanel(EditorSession *session, TestServerController *server, QWidget *parent)
    : QWidget(parent), m_session(session), m_server(server),
      m_model(new TokenTableModel(session->document(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new TokenTableView(m_model, m_proxy)),
      m_filter(new QLineEdit), m_reviewInterval(new QSpinBox),
      m_revoke(button(tr("Revoke"), u"revokeToken"_s,
                      tr("The token stops working from the server's next request"))),
      m_rotate(button(tr("Rotate…"), u"rotateToken"_s,
                      tr("A new secret with the same name and scopes"))),
      m_review(button(tr("Mark reviewed"), u"reviewToken"_s,
                      tr("Say that you looked at this token now; the next review is due after "
                         "the review interval"))),
      m_narrow(button(tr("Narrow to use…"), u"narrowToken"_s,
                      tr("Propose the scopes that cover exactly what the request log shows "
                         "it doing"))),
      m_use(new QLabel), m_notice(new QLabel), m_clearer(new ClipboardClearer(this)),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_model->setAudit(session->audit());
    m_filter->setObjectName(u"tokenFilter"_s);
    m_filter->setPlaceholderText(tr("Filter tokens: name, purpose, user, state, scope…"));
    m_filter->setClearButtonEnabled(true);
    m_reviewInterval->setObjectName(u"reviewInterval"_s);
    m_reviewInterval->setRange(1, 3650);
    m_reviewInterval->setSuffix(tr(" days"));
    m_reviewInterval->setKeyboardTracking(false);
    m_reviewInterval->setToolTip(tr("How often each token should be looked at again; a token "
                                    "past it shows \"review overdue\""));
    m_use->setObjectName(u"tokenUse"_s);
    m_use->setWordWrap(true);
    m_use->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(u"tokenNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *add = button(tr("New token…"), u"newToken"_s,
                       tr("Make an admin or user token; it starts with no access"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(new QLabel(tr("Review every")));
    top->addWidget(m_reviewInterval);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_revoke, m_rotate, m_review, m_narrow})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_use);
    layout->addWidget(m_notice);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, &TokensPanel::newToken);
    connect(m_revoke, &QPushButton::clicked, this, &TokensPanel::revokeSelected);
    connect(m_rotate, &QPushButton::clicked, this, &TokensPanel::rotateSelected);
    connect(m_review, &QPushButton::clicked, this, &TokensPanel::reviewSelected);
    connect(m_narrow, &QPushButton::clicked, this, &TokensPanel::narrowSelected);
    connect(m_reviewInterval, &QSpinBox::valueChanged, this, &TokensPanel::changeReviewInterval);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        updateUse();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokensPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensPanel::updateButtons);

    ProjectDocument *document = session->document();
    auto showInterval = [this, document] {
        const QSignalBlocker quiet(m_reviewInterval);
        m_reviewInterval->setValue(document->project().settings.tokenReviewIntervalDays);
    };
    connect(document, &ProjectDocument::settingsChanged, this, showInterval);
    connect(document, &ProjectDocument::revocationStands, this, [this](const QString &name) {
        showNotice(tr("%1's revocation is saved in the project file, so it stands: a revoked "
                      "token is never brought back. Make a new token instead.")
                       .arg(name));
    });
    connect(document, &ProjectDocument::projectReset, this, showInterval);
    showInterval();
    // A request may change what the live data says of a user (a password
    // change, a deletion): read it again once a burst of requests is over.
    m_liveReread = new QTimer(this);
    m_liveReread->setSingleShot(true);
    m_liveReread->setInterval(300);
    connect(m_liveReread, &QTimer::timeout, this, &TokensPanel::readLiveData);
    connect(session, &EditorSession::opened, this, &TokensPanel::readLiveData);
    if (server) {
        connect(server, &TestServerController::entryLogged, this, &TokensPanel::noteEntry);
        connect(server, &TestServerController::runningChanged, this, &TokensPanel::readLiveData);
        // The window may end the session before the server it stops: no
        // word from the server may reach a document that is gone.
        connect(session, &QObject::destroyed, this,
                [this] { disconnect(m_server, nullptr, this, nullptr); });
    }
    readLiveData();
    updateButtons();
}

TokensPanel::~TokensPanel() = default;

NewTokenDialog *TokensPanel::newTokenDialog() const
{
    return m_newDialog;
}

SecretDialog *TokensPanel::secretDialog() const
{
    return m_secretDialog;
}

RotateDialog *TokensPanel::rotateDialog() const
{
    return m_rotateDialog;
}

NarrowDialog *TokensPanel::narrowDialog() const
{
    return m_narrowDialog;
}

QString TokensPanel::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void TokensPanel::setClock(std::function<QDateTime()> now)
{
    m_now = now;
    m_model->setClock(std::move(now));
}

bool TokensPanel::selectToken(const QString &name)
{
    if (m_session->document()->project().indexOfToken(name) < 0)
        return false;
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, TokenTableModel::NameColumn);
            if (index.data().toString() == name) {
                m_view->setCurrentIndex(index);
                m_view->selectRow(row);
                return true;
            }
        }
        m_filter->clear();
    }
    return false;
}

QString TokensPanel::selectedName() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return m_proxy->index(current.row(), TokenTableModel::NameColumn).data().toString();
}

const Token *TokensPanel::selectedToken() const
{
    const QString name = selectedName();
    return name.isEmpty() ? nullptr : m_session->document()->project().findToken(name);
}

void TokensPanel::newToken()
{
    if (m_newDialog)
        return;
    m_newDialog = new NewTokenDialog(m_session->document(), m_now, this);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newDialog, &QDialog::accepted, this, &TokensPanel::issue);
    m_newDialog->open();
}

void TokensPanel::issue()
{
    if (!m_newDialog || !m_newDialog->issued())
        return;
    IssuedToken issued = *m_newDialog->issued();
    m_newDialog->forgetSecret();
    const Result<> added = m_session->push(new AddToken(m_session->document(), issued.token));
    if (!added) {
        showNotice(tr("Token not added: %1").arg(added.errorMessage()));
        return;
    }
    showNotice({});
    selectToken(issued.token.name);
    showSecret(issued.token.name, std::move(issued.secret));
}

void TokensPanel::showSecret(const QString &name, QString secret)
{
    m_session->runSecrets()->remember(name, secret); // for the Request panel, this run only
    m_secretDialog = new SecretDialog(name, secret, m_clearer, this);
    secret.fill(u'\0');
    m_secretDialog->open();
}

void TokensPanel::revokeSelected()
{
    const Token *token = selectedToken();
    if (!token)
        return;
    auto revoked = TokenIssuer::revoke(*token, m_now());
    if (!revoked)
        return showNotice(revoked.errorMessage());
    changeToken(*token, revoked.value(), tr("Revoke token %1").arg(token->name));
}

void TokensPanel::rotateSelected()
{
    const Token *token = selectedToken();
    if (!token || m_rotateDialog)
        return;
    const QString name = token->name;
    m_rotateDialog = new RotateDialog(name, this);
    m_rotateDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rotateDialog, &QDialog::accepted, this,
            [this, name] { rotate(name, m_rotateDialog->graceSeconds()); });
    m_rotateDialog->open();
}

void TokensPanel::rotate(const QString &name, qint64 graceSeconds)
{
    const Token *token = m_session->document()->project().findToken(name);
    if (!token)
        return;
    auto rotated = TokenIssuer::rotate(*token, graceSeconds, m_now());
    if (!rotated)
        return showNotice(rotated.errorMessage());
    IssuedToken issued = std::move(rotated).value();
    if (changeToken(*token, issued.token, tr("Rotate token %1").arg(name)))
        showSecret(name, std::move(issued.secret));
}

void TokensPanel::reviewSelected()
{
    if (const Token *token = selectedToken())
        changeToken(*token, TokenIssuer::review(*token, m_now()),
                    tr("Mark token %1 reviewed").arg(token->name));
}

void TokensPanel::narrowSelected()
{
    const Token *token = selectedToken();
    if (!token || m_narrowDialog)
        return;
    const Project &project = m_session->document()->project();
    QList<TokenUseScopes::Call> calls;
    const QList<RequestLogEntry> none;
    for (const RequestLogEntry &entry : m_server ? m_server->logModel()->entries() : none) {
        if (TokenUsage::madeWith(token->name, entry))
            calls.append({entry.method, entry.path, entry.status});
    }
    auto narrowed = TokenIssuer::rescope(project, *token,
                                         TokenUseScopes::narrowed(project, token->scopes, calls));
    if (!narrowed)
        return showNotice(narrowed.errorMessage());
    const Token before = *token;
    const Token after = narrowed.value();
    m_narrowDialog = new NarrowDialog(
        before.name, TokenDescription::scopesInWords(project, before.scopes),
        TokenDescription::scopesInWords(project, after.scopes), usesOf(before.name), this);
    m_narrowDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_narrowDialog, &QDialog::accepted, this, [this, before, after] {
        changeToken(before, after, tr("Narrow token %1 to its use").arg(before.name));
    });
    m_narrowDialog->open();
}

bool TokensPanel::changeToken(const Token &before, const Token &after, const QString &text)
{
    const Result<> changed =
        m_session->push(new ChangeToken(m_session->document(), before, after, text));
    showNotice(changed ? QString() : tr("Not changed: %1").arg(changed.errorMessage()));
    updateUse();
    return changed.ok();
}

void TokensPanel::changeReviewInterval(int days)
{
    ProjectSettings settings = m_session->document()->project().settings;
    if (settings.tokenReviewIntervalDays == days)
        return;
    settings.tokenReviewIntervalDays = days;
    // push() shows a failure itself (editFailed); nothing here depends on it.
    (void)m_session->push(new ChangeSettings(
        m_session->document(), settings, tr("Set the token review interval to %1 days").arg(days)));
}

void TokensPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void TokensPanel::updateButtons()
{
    const Token *token = selectedToken();
    const bool live = token && !token->isRevoked();
    m_revoke->setEnabled(live);
    m_rotate->setEnabled(live);
    m_review->setEnabled(live);
    m_narrow->setEnabled(live);
}

QStringList TokensPanel::usesOf(const QString &name) const
{
    if (!m_server)
        return {};
    QStringList lines;
    for (const TokenUsage::Call &call : TokenUsage::of(name, m_server->logModel()->entries()))
        lines << tr("%1 %2: %n time(s), last %3 (%4)", nullptr, call.count)
                     .arg(call.method, call.path, TokenDescription::when(call.last, tr("?")),
                          QString::number(call.lastStatus));
    return lines;
}

void TokensPanel::updateUse()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        m_use->clear();
        return;
    }
    const QStringList uses = usesOf(name);
    m_use->setText(uses.isEmpty() ? tr("%1 was used for nothing in the request log").arg(name)
                                  : tr("%1 was used for: %2").arg(name, uses.join(u"; "_s)));
}

void TokensPanel::readLiveData()
{
    const LiveTokenFacts facts =
        LiveTokenFacts::read(m_session->filePath(), m_session->document()->project().tokens);
    if (!facts.problem.isEmpty())
        showNotice(tr("Could not read the users of the live data, so a user token's state does "
                      "not show a password change or a deleted user: %1")
                       .arg(facts.problem));
    m_model->setLiveLastUse(facts.lastUse);
    m_model->setUserStandings(facts.standings);
}

void TokensPanel::noteEntry(const RequestLogEntry &entry)
{
    for (const Token &token : m_session->document()->project().tokens) {
        if (TokenUsage::madeWith(token.name, entry))
            m_model->noteUse(token.name, entry.time);
    }
    m_liveReread->start();
    updateUse();
}

} // namespace gatehouse
