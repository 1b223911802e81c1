#include "engine/Authenticator.h"

#include "crypto/TokenSecret.h"
#include "model/DemoProject.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// User sessions kept in memory, as the live-data store will keep them.
class MemorySessions : public SessionLookup
{
public:
    Result<std::optional<Credential>> findSession(const QByteArray &hash) const override
    {
        for (const auto &[h, c] : sessions) {
            if (TokenSecret::hashesEqual(h, hash))
                return std::optional(c);
        }
        return std::optional<Credential>();
    }
    Result<bool> userExists(const QString &userId) const override
    {
        return userId == DemoProject::aliceId() || userId == DemoProject::bobId();
    }
    Result<std::optional<QDateTime>> credentialsEndedAt(const QString &) const override
    {
        return std::optional<QDateTime>();
    }
    QList<std::pair<QByteArray, Credential>> sessions;
};

struct Fixture
{
    Project project;
    MemorySessions sessions;
    QMap<QString, QString> secrets; // name -> secret, for the test only

    QString addToken(const QString &name, TokenKind kind, const QString &userId = {})
    {
        const IssuedSecret issued = TokenSecret::issue(kind);
        Token token;
        token.name = name;
        token.kind = kind;
        token.userId = userId;
        token.prefix = issued.prefix;
        token.secretHash = issued.hash;
        token.created = kNow.addDays(-10);
        project.tokens.append(token);
        secrets.insert(name, issued.secret);
        return issued.secret;
    }

    QString addSession(const QString &name, const QDateTime &lastUsed)
    {
        const IssuedSecret issued = TokenSecret::issue(TokenKind::User);
        Credential c;
        c.source = Credential::Source::Session;
        c.name = name;
        c.kind = TokenKind::User;
        c.userId = DemoProject::aliceId();
        c.prefix = issued.prefix;
        c.created = kNow.addDays(-100);
        c.expires = kNow.addDays(200);
        c.lastUsed = lastUsed;
        sessions.sessions.append({issued.hash, c});
        secrets.insert(name, issued.secret);
        return issued.secret;
    }
};
} // namespace

class tst_Authenticator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m.project = demo.value();
        m.addToken(u"ci"_s, TokenKind::Admin);
        m.addToken(u"alice-mobile"_s, TokenKind::User, DemoProject::aliceId());
        m.addToken(u"old"_s, TokenKind::Admin);
        m.project.tokens.last().revoked = kNow.addDays(-1);
        m.addToken(u"shortlived"_s, TokenKind::Admin);
        m.project.tokens.last().expires = kNow.addSecs(-1);
        m.addToken(u"tomorrow"_s, TokenKind::Admin);
        m.project.tokens.last().expires = kNow.addDays(1);
        m.addToken(u"dusty"_s, TokenKind::Admin);
        m.project.tokens.last().created = kNow.addDays(-400);
        m.project.tokens.last().lastUsed = kNow.addDays(-200);
        m.addSession(u"fresh-session"_s, kNow.addDays(-29));
        m.addSession(u"idle-session"_s, kNow.addDays(-30));
    }

    void authenticate_data()
    {
        QTest::addColumn<QString>("header");     // Authorization header; "{name}" is that secret
        QTest::addColumn<QString>("queryToken"); // api_token, or empty for none
        QTest::addColumn<bool>("queryAllowed");
        QTest::addColumn<int>("kind"); // -1 refused, else Principal::Kind
        QTest::addColumn<QString>("traceReason");
        QTest::addColumn<QString>("subject"); // "{name}": how the trace names that token
        const int refused = -1;
        const int anon = int(Principal::Kind::Anonymous);
        const int user = int(Principal::Kind::User);
        const int admin = int(Principal::Kind::Admin);
        const QString header = u"the Authorization header"_s;
        const QString foreign = u"token (not in Gatehouse's format)"_s;
        QTest::newRow("no token") << QString() << QString() << true << anon << u"anonymous"_s
                                  << u"no token"_s;
        QTest::newRow("admin in header")
            << u"Bearer {ci}"_s << QString() << true << admin << u"admin token `ci`"_s << u"{ci}"_s;
        QTest::newRow("bearer any case")
            << u"bEaReR {ci}"_s << QString() << true << admin << header << u"{ci}"_s;
        QTest::newRow("admin in query")
            << QString() << u"{ci}"_s << true << admin << u"the api_token parameter"_s << u"{ci}"_s;
        QTest::newRow("query refused when off") << QString() << u"{ci}"_s << false << refused
                                                << u"does not accept tokens in the querystring"_s
                                                << u"settings: tokens in the querystring"_s;
        QTest::newRow("same token twice")
            << u"Bearer {ci}"_s << u"{ci}"_s << true << admin << u"admin token"_s << u"{ci}"_s;
        QTest::newRow("two different tokens")
            << u"Bearer {ci}"_s << u"{tomorrow}"_s << true << refused << u"two different tokens"_s
            << u"the Authorization header and api_token"_s;
        QTest::newRow("user token")
            << u"Bearer {alice-mobile}"_s << QString() << true << user
            << u"user `alice@example.com` (token `alice-mobile`"_s << u"{alice-mobile}"_s;
        QTest::newRow("basic auth") << u"Basic YWxpY2U6eA=="_s << QString() << true << refused
                                    << u"is not `Bearer <token>`"_s << header;
        QTest::newRow("tab after bearer") << u"Bearer\t{ci}"_s << QString() << true << refused
                                          << u"is not `Bearer <token>`"_s << header;
        QTest::newRow("bearer without token") << u"Bearer"_s << QString() << true << refused
                                              << u"is not `Bearer <token>`"_s << header;
        QTest::newRow("malformed token") << u"Bearer not-a-token"_s << QString() << true << refused
                                         << u"matches no token"_s << foreign;
        // A value that matches nothing may be a password pasted by mistake.
        QTest::newRow("a short foreign secret") << u"Bearer hunter2"_s << QString() << true
                                                << refused << u"matches no token"_s << foreign;
        QTest::newRow("a well-formed unknown token")
            << u"Bearer gh_adm_0123456789abcdef"_s << QString() << true << refused
            << u"the token gh_adm_0123\u2026 in the Authorization header"_s
            << u"token gh_adm_0123\u2026"_s;
        QTest::newRow("empty api_token")
            << QString() << u""_s << true << refused << u"api_token parameter is empty"_s
            << u"the api_token parameter"_s;
        QTest::newRow("revoked") << u"Bearer {old}"_s << QString() << true << refused
                                 << u"was revoked"_s << u"{old}"_s;
        QTest::newRow("expired") << u"Bearer {shortlived}"_s << QString() << true << refused
                                 << u"expired at"_s << u"{shortlived}"_s;
        QTest::newRow("not yet expired") << u"Bearer {tomorrow}"_s << QString() << true << admin
                                         << u"admin token `tomorrow`"_s << u"{tomorrow}"_s;
        // The inactivity rule is for sessions: a project token may rest.
        QTest::newRow("admin token unused for 200 days")
            << u"Bearer {dusty}"_s << QString() << true << admin << u"admin token `dusty`"_s
            << u"{dusty}"_s;
        QTest::newRow("session used 29 days ago")
            << u"Bearer {fresh-session}"_s << QString() << true << user << u"fresh-session"_s
            << u"{fresh-session}"_s;
        QTest::newRow("session idle 30 days")
            << u"Bearer {idle-session}"_s << QString() << true << refused
            << u"not used for 30 days"_s << u"{idle-session}"_s;
    }

    void authenticate()
    {
        QFETCH(QString, header);
        QFETCH(QString, queryToken);
        QFETCH(bool, queryAllowed);
        QFETCH(int, kind);
        QFETCH(QString, traceReason);
        QFETCH(QString, subject);
        header = substitute(header);
        m.project.settings.tokensInQuerystring = queryAllowed;
        QString target = u"/api/1.1/wf/public_ping"_s;
        if (QTest::currentDataTag() == QByteArray("empty api_token") || !queryToken.isEmpty())
            target += u"?api_token="_s +
                      QString::fromLatin1(QUrl::toPercentEncoding(substitute(queryToken)));
        HeaderList headers;
        if (!header.isEmpty())
            headers.append({"Authorization", header.toUtf8()});
        const EngineRequest request = EngineRequest::make("POST", target, {}, headers);

        ManualClock clock(kNow);
        Trace trace;
        const auto outcome =
            Authenticator(m.project, &m.sessions, clock).authenticate(request, trace);
        QCOMPARE(trace.steps().size(), 1);
        const TraceStep &step = trace.steps().first();
        QVERIFY2(step.reason.contains(traceReason), qPrintable(step.reason));
        QCOMPARE(step.subject, subjectOf(subject));
        if (kind < 0) {
            QVERIFY(std::holds_alternative<EngineResponse>(outcome));
            const EngineResponse &response = std::get<EngineResponse>(outcome);
            QCOMPARE(response.status, 401);
            const QJsonObject body = response.jsonBody();
            QCOMPARE(body.value(u"error_class"_s).toString(), u"Unauthorized"_s);
            QCOMPARE(body.value(u"translation"_s).toString(), u"Invalid or expired token"_s);
            QVERIFY(body.value(u"message"_s).isNull());
            QCOMPARE(step.verdict, TraceStep::Verdict::Refused);
        } else {
            QVERIFY(std::holds_alternative<Principal>(outcome));
            QCOMPARE(int(std::get<Principal>(outcome).kind), kind);
            QCOMPARE(step.verdict, TraceStep::Verdict::Passed);
        }
        assertNoSecretIn(trace.toText());
        if (auto *response = std::get_if<EngineResponse>(&outcome))
            assertNoSecretIn(QString::fromUtf8(response->body));
    }

    // Two credentials at once cannot be read one way: the request is
    // refused as malformed, and the answer says which was doubled.
    void duplicatesAreBadRequests_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("headerCount");
        QTest::addColumn<QString>("named");
        QTest::newRow("two headers")
            << u"/api/1.1/wf/public_ping"_s << 2 << u"Authorization header"_s;
        QTest::newRow("two api_tokens")
            << u"/api/1.1/wf/public_ping?api_token={ci}&api_token={ci}"_s << 0
            << u"api_token parameter"_s;
    }

    void duplicatesAreBadRequests()
    {
        QFETCH(QString, target);
        QFETCH(int, headerCount);
        QFETCH(QString, named);
        HeaderList headers;
        for (int i = 0; i < headerCount; ++i)
            headers.append({"Authorization", "Bearer " + m.secrets.value(u"ci"_s).toUtf8()});
        const EngineRequest request = EngineRequest::make("POST", substitute(target), {}, headers);
        ManualClock clock(kNow);
        Trace trace;
        const auto outcome =
            Authenticator(m.project, &m.sessions, clock).authenticate(request, trace);
        QVERIFY(std::holds_alternative<EngineResponse>(outcome));
        const EngineResponse &response = std::get<EngineResponse>(outcome);
        QCOMPARE(response.status, 400);
        const QString body = QString::fromUtf8(response.body);
        QVERIFY2(body.contains(named + u" is given more than once"_s), qPrintable(body));
        QCOMPARE(trace.steps().first().verdict, TraceStep::Verdict::Refused);
        assertNoSecretIn(body);
        assertNoSecretIn(trace.toText());
    }

private:
    // "{name}": how the trace names that token, by its name and prefix.
    QString subjectOf(const QString &expected) const
    {
        if (!expected.startsWith(u'{'))
            return expected;
        const QString name = expected.mid(1, expected.size() - 2);
        return u"token `%1` (%2)"_s.arg(name, TokenSecret::prefixOf(m.secrets.value(name)));
    }

    QString substitute(QString text) const
    {
        for (auto it = m.secrets.begin(); it != m.secrets.end(); ++it)
            text.replace(u'{' + it.key() + u'}', it.value());
        return text;
    }

    void assertNoSecretIn(const QString &text) const
    {
        for (const QString &secret : m.secrets)
            QVERIFY2(!text.contains(secret), qPrintable(u"secret leaked into: "_s + text));
    }

    Fixture m;
};

QTEST_GUILESS_MAIN(tst_Authenticator)
#include "tst_authenticator.moc"
