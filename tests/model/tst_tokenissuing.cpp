// Token issuing in core, as the command line and the token manager use it:
// TokenIssuer (new tokens and rotation), TokenMerge (two writers of one
// file) and TokenDescription (states and review in words).
#include "crypto/TokenIssuer.h"
#include "crypto/TokenSecret.h"
#include "engine/TokenDescription.h"
#include "model/DemoProject.h"
#include "model/TokenMerge.h"
#include "model/TokenScopeParser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::DataTypeScope)

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Token named(const QString &name)
{
    Token token;
    token.name = name;
    const IssuedSecret secret = TokenSecret::issue(TokenKind::Admin);
    token.prefix = secret.prefix;
    token.secretHash = secret.hash;
    token.created = kNow.addDays(-1);
    return token;
}

QStringList names(const QList<Token> &tokens)
{
    QStringList out;
    for (const Token &token : tokens)
        out << token.name;
    return out;
}
} // namespace

class tst_TokenIssuing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void issueMakesAHashedTokenAndShowsTheSecretOnce()
    {
        TokenRequest request;
        request.name = u"  billing export "_s;
        request.purpose = u"nightly billing export"_s;
        request.scopes = TokenScopeParser::parse({u"workflow:admin_cleanup"_s}, m_demo).value();
        request.expiresInSeconds = 3600;
        auto issued = TokenIssuer::issue(m_demo, request, kNow);
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        const Token &token = issued->token;
        QCOMPARE(token.name, u"billing export"_s);
        QCOMPARE(token.purpose, u"nightly billing export"_s);
        QVERIFY(issued->secret.startsWith(u"gh_adm_"_s));
        QCOMPARE(token.prefix, TokenSecret::prefixOf(issued->secret));
        QVERIFY(TokenSecret::hashesEqual(token.secretHash, TokenSecret::hashOf(issued->secret)));
        QVERIFY(!token.secretHash.contains(issued->secret.toUtf8()));
        QCOMPARE(token.created, kNow);
        QCOMPARE(token.lastReviewed, kNow);
        QCOMPARE(token.expires, kNow.addSecs(3600));
        QCOMPARE(token.scopes.workflows, QStringList{u"admin_cleanup"_s});
    }

    // `data:TYPE:OPS` takes find and view apart; the older `read` is both.
    void dataScopeSyntaxTakesFindAndView_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<DataTypeScope>("scope");
        QTest::addColumn<QString>("words");
        const QString tx = u"Transaction"_s;
        QTest::newRow("find") << u"data:Transaction:find"_s
                              << DataTypeScope{.dataType = tx, .find = true}
                              << u"Transaction: find"_s;
        QTest::newRow("view, modify") << u"data:Transaction:view,modify"_s
                                      << DataTypeScope{.dataType = tx, .view = true, .modify = true}
                                      << u"Transaction: view,modify"_s;
        QTest::newRow("read is both")
            << u"data:Transaction:read,delete"_s
            << DataTypeScope{.dataType = tx, .find = true, .view = true, .remove = true}
            << u"Transaction: find,view,delete"_s;
    }

    void dataScopeSyntaxTakesFindAndView()
    {
        QFETCH(QString, spec);
        QFETCH(DataTypeScope, scope);
        QFETCH(QString, words);
        const auto parsed = TokenScopeParser::parse({spec}, m_demo);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QVERIFY(!parsed->allDataTypes);
        QCOMPARE(parsed->dataTypes, QList<DataTypeScope>{scope});
        QVERIFY2(TokenScopeParser::describe(*parsed).contains(words),
                 qPrintable(TokenScopeParser::describe(*parsed)));
        const auto unknown = TokenScopeParser::parse({u"data:Transaction:list"_s}, m_demo);
        QVERIFY(!unknown);
        QVERIFY(unknown.errorMessage().contains(u"(find, view, create, modify, delete)"_s));
    }

    void issueChecksTheTokenAgainstTheProject_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("user");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<qint64>("expires");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name") << u" "_s << false << QString() << QString() << qint64(0)
                                 << u"a token needs a name"_s;
        QTest::newRow("taken name") << u"taken"_s << false << QString() << QString() << qint64(0)
                                    << u"a token named `taken` exists already"_s;
        QTest::newRow("no such user") << u"x"_s << true << u"nobody"_s << QString() << qint64(0)
                                      << u"no user has id `nobody`"_s;
        QTest::newRow("no such workflow")
            << u"x"_s << false << QString() << u"nightly"_s << qint64(0)
            << u"the scopes name workflow `nightly`, which does not exist"_s;
        QTest::newRow("bad lifetime") << u"x"_s << false << QString() << QString() << qint64(-5)
                                      << u"a token's lifetime must be above 0 seconds"_s;
    }

    void issueChecksTheTokenAgainstTheProject()
    {
        QFETCH(QString, name);
        QFETCH(bool, user);
        QFETCH(QString, userId);
        QFETCH(QString, workflow);
        QFETCH(qint64, expires);
        QFETCH(QString, reason);
        Project project = m_demo;
        project.tokens.append(named(u"taken"_s));
        TokenRequest request;
        request.name = name;
        request.kind = user ? TokenKind::User : TokenKind::Admin;
        request.userId = userId;
        if (!workflow.isEmpty()) {
            request.scopes.allWorkflows = false;
            request.scopes.workflows = {workflow};
        }
        if (expires != 0)
            request.expiresInSeconds = expires;
        auto issued = TokenIssuer::issue(project, request, kNow);
        QVERIFY(!issued);
        QCOMPARE(issued.errorMessage(), reason);
    }

    void userTokenActsAsTheUserFoundByEmail()
    {
        auto id = TokenIssuer::userIdForEmail(m_demo, u"ALICE@example.com"_s);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QCOMPARE(id.value(), DemoProject::aliceId());
        TokenRequest request;
        request.name = u"alice app"_s;
        request.kind = TokenKind::User;
        request.userId = id.value();
        auto issued = TokenIssuer::issue(m_demo, request, kNow);
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        QVERIFY(issued->secret.startsWith(u"gh_usr_"_s));
        QCOMPARE(issued->token.userId, DemoProject::aliceId());
        QCOMPARE(TokenIssuer::userIdForEmail(m_demo, u"carol@example.com"_s).errorMessage(),
                 u"no user has e-mail address `carol@example.com`"_s);
    }

    void rotateKeepsNameAndScopesWithAnOptionalGrace()
    {
        Token old = named(u"ci"_s);
        old.scopes.allWorkflows = false;
        old.scopes.workflows = {u"public_ping"_s};
        auto rotated = TokenIssuer::rotate(old, 0, kNow);
        QVERIFY2(rotated, qPrintable(rotated.errorMessage()));
        QCOMPARE(rotated->token.name, old.name);
        QVERIFY(rotated->token.scopes == old.scopes);
        QVERIFY(rotated->token.secretHash != old.secretHash);
        QVERIFY(rotated->token.previousSecretHash.isEmpty());
        QVERIFY(!rotated->token.previousSecretUntil.isValid());

        auto graced = TokenIssuer::rotate(old, 600, kNow);
        QVERIFY(graced);
        QCOMPARE(graced->token.previousSecretHash, old.secretHash);
        QCOMPARE(graced->token.previousSecretUntil, kNow.addSecs(600));
        QVERIFY(TokenSecret::hashesEqual(graced->token.secretHash,
                                         TokenSecret::hashOf(graced->secret)));
    }

    void rotateRefusesARevokedTokenAndANegativeGrace()
    {
        Token old = named(u"ci"_s);
        QCOMPARE(TokenIssuer::rotate(old, -1, kNow).errorMessage(),
                 u"the grace period cannot be negative"_s);
        old.revoked = kNow.addSecs(-5);
        QCOMPARE(TokenIssuer::rotate(old, 0, kNow).errorMessage(),
                 u"token `ci` is revoked; make a new one instead"_s);
    }

    // The sequence of the issue: the editor knew `ci`; the command line
    // revoked it and made `cli`; the editor made `mine` meanwhile.
    void mergeKeepsRevocationsAndTokensMadeElsewhere()
    {
        const Token ci = named(u"ci"_s);
        const QList<Token> base{ci};
        Token revoked = ci;
        revoked.revoked = kNow;
        const QList<Token> theirs{revoked, named(u"cli"_s)};
        const QList<Token> mine{ci, named(u"mine"_s)};
        const QList<Token> merged = TokenMerge::merge(base, mine, theirs);
        QCOMPARE(names(merged), (QStringList{u"ci"_s, u"mine"_s, u"cli"_s}));
        QCOMPARE(merged.at(0).revoked, kNow);
        QVERIFY(merged.at(2) == theirs.at(1));
    }

    void mergeKeepsRemovalsOnEitherSide()
    {
        const QList<Token> base{named(u"a"_s), named(u"b"_s)};
        // "a" removed elsewhere, "b" removed here.
        const QList<Token> merged = TokenMerge::merge(base, {base.at(0)}, {base.at(1)});
        QVERIFY(merged.isEmpty());
    }

    void mergeTakesASecretRotatedElsewhereAndKeepsEditsMadeHere()
    {
        const Token ci = named(u"ci"_s);
        Token mine = ci;
        mine.purpose = u"deploys"_s;
        Token theirs = ci;
        const IssuedSecret fresh = TokenSecret::issue(TokenKind::Admin);
        theirs.secretHash = fresh.hash;
        theirs.prefix = fresh.prefix;
        const QList<Token> merged = TokenMerge::merge({ci}, {mine}, {theirs});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.at(0).purpose, u"deploys"_s);
        QCOMPARE(merged.at(0).secretHash, fresh.hash);
    }

    void noSaveUnrevokes()
    {
        Token inFile = named(u"ci"_s);
        inFile.revoked = kNow;
        Token saving = inFile;
        saving.revoked = {};
        QCOMPARE(TokenMerge::keepRevocations({saving}, {inFile}).at(0).revoked, kNow);
        // A different secret under the same name is another token.
        Token other = named(u"ci"_s);
        QVERIFY(!TokenMerge::keepRevocations({other}, {inFile}).at(0).isRevoked());
    }

    void statesInWords_data()
    {
        QTest::addColumn<int>("revokedDaysAgo");
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<int>("lastUsedDaysAgo");
        QTest::addColumn<QString>("state");
        QTest::newRow("active") << -1 << 10 << 2 << u"active"_s;
        QTest::newRow("revoked") << 1 << 10 << 2 << u"revoked"_s;
        QTest::newRow("expired") << -1 << -1 << 2 << u"expired"_s;
        QTest::newRow("idle") << -1 << 100 << 31 << u"idle"_s;
        QTest::newRow("never expires, used") << -1 << 0 << 0 << u"active"_s;
    }

    void statesInWords()
    {
        QFETCH(int, revokedDaysAgo);
        QFETCH(int, expiresInDays);
        QFETCH(int, lastUsedDaysAgo);
        QFETCH(QString, state);
        Token token = named(u"t"_s);
        token.created = kNow.addDays(-200);
        if (revokedDaysAgo >= 0)
            token.revoked = kNow.addDays(-revokedDaysAgo);
        if (expiresInDays != 0)
            token.expires = kNow.addDays(expiresInDays);
        token.lastUsed = kNow.addDays(-lastUsedDaysAgo);
        const ProjectSettings settings;
        QCOMPARE(TokenDescription::stateName(TokenDescription::state(token, settings, kNow)),
                 state);
        QVERIFY(TokenDescription::stateText(token, settings, kNow).startsWith(state));
    }

    void reviewFollowsTheProjectInterval()
    {
        ProjectSettings settings;
        QCOMPARE(settings.tokenReviewIntervalDays, 30);
        Token token = named(u"t"_s);
        token.lastReviewed = kNow.addDays(-29);
        QVERIFY(!TokenDescription::reviewOverdue(token, settings, kNow));
        QCOMPARE(TokenDescription::reviewDue(token, settings), kNow.addDays(1));
        settings.tokenReviewIntervalDays = 7;
        QVERIFY(TokenDescription::reviewOverdue(token, settings, kNow));
    }

private:
    Project m_demo;
};

QTEST_GUILESS_MAIN(tst_TokenIssuing)
#include "tst_tokenissuing.moc"
