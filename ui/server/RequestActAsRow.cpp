#include "RequestActAsRow.h"

#include "EditorSession.h"
#include "RequestCredentials.h"
#include "TestServerController.h"
#include "model/Project.h"
#include "model/ProjectDocument.h"
#include "tokens/RunSecrets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

enum ActAs
{
    Anonymous,
    TestUser,
    Pasted,
    Simulated,
    KnownToken // a token whose secret this editor run saw: a real credential
};

constexpr int tokenRole = Qt::UserRole + 1;

} // namespace

RequestActAsRow::RequestActAsRow(EditorSession *session, TestServerController *server,
                                 QWidget *parent)
    : QWidget(parent), m_session(session), m_server(server), m_actAs(new QComboBox),
      m_credential(new QLineEdit)
{
    m_actAs->setObjectName(u"requestActAs"_s);
    m_actAs->setToolTip(tr("Test users get a real session from the engine, as Log in would; "
                           "nothing is stored"));
    m_credential->setObjectName(u"requestCredential"_s);
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(tr("A token, or a whole Authorization header value"));
    connect(m_actAs, &QComboBox::currentIndexChanged, this,
            &RequestActAsRow::showCredentialIfPasted);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actAs);
    layout->addWidget(m_credential, 1);
}

void RequestActAsRow::showCredentialIfPasted()
{
    m_credential->setVisible(m_actAs->currentData().toInt() == Pasted);
}

void RequestActAsRow::refresh()
{
    const QString current = m_actAs->currentText();
    const bool blocked = m_actAs->blockSignals(true);
    m_actAs->clear();
    m_actAs->addItem(tr("Anonymous"), Anonymous);
    const Project &project = m_session->document()->project();
    for (const Record &record : project.records) {
        const QString email = record.values.value(u"email"_s).toString();
        if (record.type == DataType::userTypeName() && !email.isEmpty())
            m_actAs->addItem(email, TestUser);
    }
    const QStringList known = m_session->runSecrets()->tokens();
    for (const Token &token : project.tokens) {
        if (known.contains(token.name)) {
            m_actAs->addItem(tr("Token %1 (its secret, from this run)").arg(token.name),
                             KnownToken);
            m_actAs->setItemData(m_actAs->count() - 1, token.name, tokenRole);
        }
    }
    for (const Token &token : project.tokens) {
        m_actAs->addItem(tr("Simulate as token %1").arg(token.name), Simulated);
        m_actAs->setItemData(m_actAs->count() - 1, token.name, tokenRole);
    }
    m_actAs->addItem(tr("Pasted token or header"), Pasted);
    m_actAs->setCurrentIndex(std::max(0, m_actAs->findText(current)));
    m_actAs->blockSignals(blocked);
    showCredentialIfPasted();
}

bool RequestActAsRow::isSimulated() const
{
    return m_actAs->currentData().toInt() == Simulated;
}

QString RequestActAsRow::tokenName() const
{
    return m_actAs->currentData(tokenRole).toString();
}

QByteArray RequestActAsRow::authorization(QString *problem) const
{
    switch (m_actAs->currentData().toInt()) {
    case TestUser: {
        const Result<QByteArray> header = RequestCredentials::forUser(
            m_server->liveStores(), m_session->document()->project(), m_actAs->currentText());
        if (!header)
            *problem =
                tr("cannot act as %1: %2").arg(m_actAs->currentText(), header.errorMessage());
        return header ? header.value() : QByteArray();
    }
    case Pasted:
        if (m_credential->text().trimmed().isEmpty())
            *problem = tr("paste a token or an Authorization header first");
        return RequestCredentials::forPasted(m_credential->text());
    case KnownToken: {
        const QString secret = m_session->runSecrets()->secretOf(tokenName());
        if (secret.isEmpty())
            *problem = tr("this run no longer knows the token's secret: paste it or simulate");
        return secret.isEmpty() ? QByteArray() : RequestCredentials::forPasted(secret);
    }
    default:
        return {};
    }
}

std::optional<PrincipalRef> RequestActAsRow::actingAs() const
{
    switch (m_actAs->currentData().toInt()) {
    case TestUser:
        return PrincipalRef::user(m_actAs->currentText());
    case Simulated:
    case KnownToken:
        return PrincipalRef::token(tokenName());
    case Anonymous:
        return PrincipalRef::anonymous();
    default: // a pasted credential, or a choice this code does not know: nothing to keep
        return std::nullopt;
    }
}

void RequestActAsRow::select(const PrincipalRef &principal, bool pasted, const QString &credential)
{
    m_credential->setText(credential);
    int index = anonymousIndex;
    if (pasted)
        index = m_actAs->findData(Pasted);
    else if (principal.kind == PrincipalRef::Kind::User)
        index = std::max(0, m_actAs->findText(principal.name, Qt::MatchFixedString));
    else if (principal.kind == PrincipalRef::Kind::Token) // its secret first, if known
        index = std::max(0, m_actAs->findData(principal.name, tokenRole));
    m_actAs->setCurrentIndex(index);
    m_credential->setVisible(pasted);
}

} // namespace gatehouse
