// A rotated token's old secret authenticates during the grace period the
// reviewer chose, and not a second after; the new secret from the start.
#include "engine/Authenticator.h"

#include "crypto/TokenIssuer.h"
#include "model/DemoProject.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
}

class tst_RotationGrace : public QObject
{
    Q_OBJECT

private:
    static bool accepted(const Project &project, const QString &secret, const Clock &clock)
    {
        const EngineRequest request =
            EngineRequest::make("POST", u"/api/1.1/wf/public_ping"_s, {},
                                HeaderList{{"Authorization", "Bearer " + secret.toUtf8()}});
        Trace trace;
        const auto outcome = Authenticator(project, nullptr, clock).authenticate(request, trace);
        return std::holds_alternative<Principal>(outcome);
    }

    static std::pair<Project, IssuedToken> issued()
    {
        Project project = DemoProject::build().value();
        TokenRequest request;
        request.name = u"ci"_s;
        IssuedToken made = TokenIssuer::issue(project, request, kNow).value();
        project.tokens.append(made.token);
        return {project, made};
    }

private slots:
    void oldSecretWorksOnlyWithinTheGrace()
    {
        auto [project, first] = issued();
        IssuedToken second = TokenIssuer::rotate(first.token, 60, kNow).value();
        project.tokens[0] = second.token;
        ManualClock clock(kNow);
        QVERIFY(accepted(project, second.secret, clock));
        QVERIFY(accepted(project, first.secret, clock));
        clock.advance(59);
        QVERIFY(accepted(project, first.secret, clock));
        clock.advance(1);
        QVERIFY(!accepted(project, first.secret, clock));
        QVERIFY(accepted(project, second.secret, clock));
    }

    void withoutGraceTheOldSecretStopsAtOnce()
    {
        auto [project, first] = issued();
        IssuedToken second = TokenIssuer::rotate(first.token, 0, kNow).value();
        project.tokens[0] = second.token;
        ManualClock clock(kNow);
        QVERIFY(!accepted(project, first.secret, clock));
        QVERIFY(accepted(project, second.secret, clock));
    }

    void revokingEndsTheGraceToo()
    {
        auto [project, first] = issued();
        IssuedToken second = TokenIssuer::rotate(first.token, 3600, kNow).value();
        second.token.revoked = kNow;
        project.tokens[0] = second.token;
        ManualClock clock(kNow.addSecs(1));
        QVERIFY(!accepted(project, first.secret, clock));
        QVERIFY(!accepted(project, second.secret, clock));
    }
};

QTEST_GUILESS_MAIN(tst_RotationGrace)
#include "tst_rotationgrace.moc"
