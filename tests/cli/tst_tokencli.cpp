// `gatehouse-cli token` beyond create/list/revoke: --purpose, show, rotate
// (with and without a grace period), review, and the state `list` shows;
// each error with a message that names what is wrong, the file untouched.
#include "CliProcess.h"

#include "crypto/TokenSecret.h"
#include "engine/Engine.h"
#include "engine/MemoryDataStore.h"
#include "model/DemoProject.h"
#include "server/RequestLog.h"
#include "storage/LiveDataStore.h"
#include "storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

namespace {
QString lastLine(const QString &text)
{
    return text.trimmed().split(u'\n').last();
}
} // namespace

class tst_TokenCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createWithPurposeThenShow()
    {
        const QString project = freshDemo(u"show"_s);
        const Run created = cli({u"token"_s, u"create"_s, project, u"--name"_s, u"export"_s,
                                 u"--admin"_s, u"--purpose"_s, u"nightly billing export"_s,
                                 u"--scope"_s, u"workflow:admin_cleanup"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString secret = lastLine(created.out);
        const Run shown = cli({u"token"_s, u"show"_s, project, u"export"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(u"purpose:   nightly billing export\n"_s),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"state:     active\n"_s));
        QVERIFY(shown.out.contains(u"kind:      admin\n"_s));
        QVERIFY2(shown.out.contains(u"scopes:    workflows admin_cleanup; data: Transaction: find, "
                                    "delete (what its workflows do); private files"_s),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"prefix:    "_s + TokenSecret::prefixOf(secret)));
        QVERIFY(shown.out.contains(u"last used: never\n"_s));
        QVERIFY(shown.out.contains(u"every 30 days; next review due "_s));
        QVERIFY(shown.out.contains(u"used for:  nothing in the request log"_s));
        QVERIFY(!shown.out.contains(secret));
        QVERIFY(!contents(project).contains(secret.toUtf8()));
        QVERIFY(cli({u"token"_s, u"list"_s, project})
                    .out.contains(u"purpose nightly billing export"_s));
    }

    void showSaysWhatTheTokenWasUsedFor()
    {
        const QString project = freshDemo(u"used"_s);
        const QString secret = createAdmin(project, u"ci"_s);
        QVERIFY(!secret.isEmpty());
        auto log = RequestLog::open(project, 100);
        QVERIFY2(log, qPrintable(log.errorMessage()));
        const QString caller = u"admin token `ci` (%1)"_s.arg(TokenSecret::prefixOf(secret));
        for (const auto &[path, status] : {std::pair{u"/api/1.1/wf/admin_cleanup"_s, 200},
                                           std::pair{u"/api/1.1/wf/admin_cleanup"_s, 200},
                                           std::pair{u"/api/1.1/obj/transaction"_s, 403}}) {
            RequestLogEntry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.method = u"POST"_s;
            entry.path = path;
            entry.principal = caller;
            entry.status = status;
            entry.handled = true;
            log.value()->append(entry);
        }
        RequestLogEntry other;
        other.time = QDateTime::currentDateTimeUtc();
        other.method = u"GET"_s;
        other.path = u"/api/1.1/wf/public_ping"_s;
        other.principal = u"admin token `ci2` (gh_adm_xxxx)"_s;
        log.value()->append(other);
        QVERIFY(log.value()->flush());
        log.value().reset();

        const Run shown = cli({u"token"_s, u"show"_s, project, u"ci"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(u"used for (from the request log):\n"_s),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"  POST /api/1.1/wf/admin_cleanup\t2 times, last "_s));
        QVERIFY(shown.out.contains(u"  POST /api/1.1/obj/transaction\t1 times, last "_s));
        QVERIFY(shown.out.contains(u"(403)"_s));
        QVERIFY(!shown.out.contains(u"public_ping"_s));
    }

    void rotateWithoutGraceEndsTheOldSecretAtOnce()
    {
        const QString project = freshDemo(u"rotate"_s);
        const QString old = createAdmin(project, u"ci"_s);
        QCOMPARE(callAdminCleanup(project, old), 200);
        const Run rotated = cli({u"token"_s, u"rotate"_s, project, u"ci"_s});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        const QString fresh = lastLine(rotated.out);
        QVERIFY(fresh.startsWith(u"gh_adm_"_s));
        QVERIFY(fresh != old);
        QVERIFY(rotated.out.contains(u"no longer works"_s));
        QVERIFY(!contents(project).contains(fresh.toUtf8()));
        QCOMPARE(callAdminCleanup(project, old), 401);
        QCOMPARE(callAdminCleanup(project, fresh), 200);
        auto loaded = ProjectFile::load(project, ProjectFile::Access::ReadOnly);
        QVERIFY(loaded);
        QCOMPARE(loaded->findToken(u"ci"_s)->scopes.workflows,
                 QStringList{u"admin_cleanup"_s}); // same scopes
    }

    void rotateWithGraceKeepsTheOldSecretUntilItEnds()
    {
        const QString project = freshDemo(u"grace"_s);
        const QString old = createAdmin(project, u"ci"_s);
        const Run rotated =
            cli({u"token"_s, u"rotate"_s, project, u"ci"_s, u"--grace"_s, u"3600"_s});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        const QString fresh = lastLine(rotated.out);
        QVERIFY(rotated.out.contains(
            u"the old secret (%1) works until "_s.arg(TokenSecret::prefixOf(old))));
        QCOMPARE(callAdminCleanup(project, old), 200);
        QCOMPARE(callAdminCleanup(project, fresh), 200);
        QVERIFY(cli({u"token"_s, u"show"_s, project, u"ci"_s})
                    .out.contains(u"rotated:   the previous secret works until "_s));
        QVERIFY(cli({u"token"_s, u"revoke"_s, project, u"ci"_s}).exitCode == 0);
        QCOMPARE(callAdminCleanup(project, old), 401);
        QCOMPARE(callAdminCleanup(project, fresh), 401);
    }

    void reviewMarksTheTokenReviewedNow()
    {
        const QString project = freshDemo(u"review"_s);
        createAdmin(project, u"ci"_s);
        const Run reviewed = cli({u"token"_s, u"review"_s, project, u"ci"_s});
        QVERIFY2(reviewed.exitCode == 0, qPrintable(reviewed.err));
        const QString dueDate =
            QDateTime::currentDateTimeUtc().addDays(30).date().toString(Qt::ISODate);
        QVERIFY2(reviewed.out.contains(u"next review due "_s + dueDate), qPrintable(reviewed.out));
        auto loaded = ProjectFile::load(project, ProjectFile::Access::ReadOnly);
        QVERIFY(loaded);
        QVERIFY(loaded->findToken(u"ci"_s)->lastReviewed.secsTo(QDateTime::currentDateTimeUtc()) <
                60);
    }

    void listShowsEachState()
    {
        const QString path = m_dir.filePath(u"states.gatehouse"_s);
        Project project = DemoProject::build().value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto token = [&](const QString &name) {
            Token t;
            t.name = name;
            t.prefix = u"gh_adm_"_s + name.left(4);
            t.secretHash = TokenSecret::hashOf(name);
            t.created = now.addDays(-1);
            return t;
        };
        Token active = token(u"active"_s);
        Token expired = token(u"expired"_s);
        expired.expires = now.addSecs(-60);
        Token revoked = token(u"revoked"_s);
        revoked.revoked = now.addSecs(-60);
        Token idle = token(u"idle"_s);
        idle.created = now.addDays(-90);
        idle.lastUsed = now.addDays(-40);
        project.tokens = {active, expired, revoked, idle};
        QVERIFY(ProjectFile::save(project, path));
        const Run listed = cli({u"token"_s, u"list"_s, path});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).contains(u"\tactive\t"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u"\texpired "_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(u"\trevoked "_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(u"\tidle since "_s), qPrintable(lines.at(3)));
        QVERIFY(cli({u"token"_s, u"show"_s, path, u"expired"_s})
                    .out.contains(u"state:     expired "_s));
    }

    // What the live data says of a user token's user is part of its state,
    // as the authenticator reads it: a password change after the token was
    // made ends it, a deleted user leaves it acting as no one.
    void listShowsAUserTokenEndedByTheLiveData()
    {
        const QString path = m_dir.filePath(u"ended.gatehouse"_s);
        Project project = DemoProject::build().value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto userToken = [&](const QString &name, const QString &userId) {
            Token t;
            t.name = name;
            t.kind = TokenKind::User;
            t.userId = userId;
            t.prefix = u"gh_usr_"_s + name.left(4);
            t.secretHash = TokenSecret::hashOf(name);
            t.created = now.addDays(-2);
            return t;
        };
        project.tokens = {userToken(u"alice-app"_s, DemoProject::aliceId()),
                          userToken(u"bob-app"_s, DemoProject::bobId())};
        QVERIFY(ProjectFile::save(project, path));
        {
            auto live = LiveDataStore::open(path);
            QVERIFY2(live, qPrintable(live.errorMessage()));
            QVERIFY(live.value()->begin());
            QVERIFY(live.value()->endCredentials(DemoProject::aliceId(), now.addDays(-1)));
            QVERIFY(live.value()->remove(DemoProject::bobId()));
            QVERIFY(live.value()->commit());
        }
        const Run listed = cli({u"token"_s, u"list"_s, path});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"\tended "_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u"\tno user"_s), qPrintable(lines.at(1)));
        QVERIFY(cli({u"token"_s, u"show"_s, path, u"alice-app"_s})
                    .out.contains(u"state:     ended "_s));
    }

    void errorsNameWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("show unknown")
            << QStringList{u"show"_s, u"{p}"_s, u"nope"_s} << 1 << u"{p}: no token named `nope`"_s;
        QTest::newRow("rotate unknown") << QStringList{u"rotate"_s, u"{p}"_s, u"nope"_s} << 1
                                        << u"{p}: no token named `nope`"_s;
        QTest::newRow("review unknown") << QStringList{u"review"_s, u"{p}"_s, u"nope"_s} << 1
                                        << u"{p}: no token named `nope`"_s;
        QTest::newRow("negative grace")
            << QStringList{u"rotate"_s, u"{p}"_s, u"ci"_s, u"--grace"_s, u"-1"_s} << 2
            << u"--grace takes a number of seconds, 0 or more"_s;
        QTest::newRow("grace not a number")
            << QStringList{u"rotate"_s, u"{p}"_s, u"ci"_s, u"--grace"_s, u"soon"_s} << 2
            << u"--grace takes a number of seconds, 0 or more"_s;
        QTest::newRow("grace without value")
            << QStringList{u"rotate"_s, u"{p}"_s, u"ci"_s, u"--grace"_s} << 2
            << u"option --grace needs a value"_s;
        QTest::newRow("rotate revoked") << QStringList{u"rotate"_s, u"{p}"_s, u"gone"_s} << 1
                                        << u"token `gone` is revoked; make a new one instead"_s;
        QTest::newRow("duplicate name")
            << QStringList{u"create"_s, u"{p}"_s, u"--name"_s, u"ci"_s, u"--admin"_s} << 1
            << u"a token named `ci` exists already"_s;
        QTest::newRow("show without name")
            << QStringList{u"show"_s, u"{p}"_s} << 2 << u"usage: gatehouse-cli token"_s;
    }

    void errorsNameWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        if (m_errors.isEmpty()) {
            m_errors = freshDemo(u"errors"_s);
            QVERIFY(!createAdmin(m_errors, u"ci"_s).isEmpty());
            QVERIFY(!createAdmin(m_errors, u"gone"_s).isEmpty());
            QCOMPARE(cli({u"token"_s, u"revoke"_s, m_errors, u"gone"_s}).exitCode, 0);
        }
        arguments.replaceInStrings(u"{p}"_s, m_errors);
        reason.replace(u"{p}"_s, m_errors);
        const QByteArray before = contents(m_errors);
        const Run run = cli(QStringList{u"token"_s} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.out, QString());
        QCOMPARE(contents(m_errors), before);
    }

private:
    QString freshDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name + u".gatehouse"_s);
        const Run made = cli({u"demo"_s, path});
        return made.exitCode == 0 ? path : QString();
    }

    static QString createAdmin(const QString &project, const QString &name)
    {
        const Run created = cli({u"token"_s, u"create"_s, project, u"--name"_s, name, u"--admin"_s,
                                 u"--scope"_s, u"workflow:admin_cleanup"_s});
        return created.exitCode == 0 ? lastLine(created.out) : QString();
    }

    static int callAdminCleanup(const QString &projectPath, const QString &secret)
    {
        auto project = ProjectFile::load(projectPath, ProjectFile::Access::ReadOnly);
        if (!project)
            return -1;
        MemoryDataStore store(project->records);
        const SystemClock clock;
        Engine engine(std::make_shared<const Project>(project.value()), store, clock);
        return engine
            .handle(EngineRequest::make(
                "POST", u"/api/1.1/wf/admin_cleanup"_s, {},
                {{QByteArrayLiteral("Authorization"), "Bearer " + secret.toUtf8()}}))
            .status;
    }

    QTemporaryDir m_dir;
    QString m_errors;
};

QTEST_GUILESS_MAIN(tst_TokenCli)
#include "tst_tokencli.moc"
