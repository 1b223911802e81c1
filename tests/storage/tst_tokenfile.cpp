// The command line's token writes (TokenFile): only the token rows change,
// in one transaction that moves the save stamp, so a large project's other
// content is untouched and a server following the file still notices; and
// a whole save never un-revokes a token another program revoked.
#include "StorageTestSupport.h"

#include "crypto/TokenIssuer.h"
#include "server/ProjectFileFollower.h"
#include "server/ProjectSnapshots.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectFileStamp.h"
#include "storage/Statement.h"
#include "storage/TokenFile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// The demo grown to `workflows` more workflows and `records` more records.
Project largeProject(int workflows, int records)
{
    Project project = demoWithTokens();
    const QList<Workflow> originals = project.workflows;
    for (int i = 0; i < workflows; ++i) {
        Workflow copy = originals.at(i % originals.size());
        copy.name = u"%1_copy_%2"_s.arg(copy.name).arg(i);
        project.workflows.append(copy);
    }
    QList<Record> plain;
    for (const Record &record : project.records) {
        if (record.type == u"Transaction"_s)
            plain.append(record);
    }
    for (int i = 0; i < records; ++i) {
        Record copy = plain.at(i % plain.size());
        copy.id = u"generated-%1"_s.arg(i);
        project.records.append(copy);
    }
    return project;
}

// A digest of every row of the project's tables other than the tokens'.
QByteArray digestBesidesTokens(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table :
         {u"project"_s, u"data_types"_s, u"fields"_s, u"privacy_rules"_s, u"workflows"_s,
          u"parameters"_s, u"actions"_s, u"assignments"_s, u"records"_s}) {
        auto rows = db.value()->prepare(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        if (!rows)
            return {};
        while (rows.value().step().value()) {
            for (int c = 0; c < rows.value().columnCount(); ++c)
                hash.addData(rows.value().columnBlob(c) + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result();
}

Result<> addToken(const QString &path, const QString &name, QString *secret)
{
    return TokenFile(path).change([&](const Project &context) -> Result<QList<Token>> {
        TokenRequest request;
        request.name = name;
        request.purpose = u"nightly export"_s;
        auto issued = TokenIssuer::issue(context, request, kNow);
        if (!issued)
            return issued.error();
        *secret = issued->secret;
        return context.tokens + QList<Token>{issued->token};
    });
}

Result<> revoke(const QString &path, const QString &name)
{
    return TokenFile(path).change([&](const Project &context) -> Result<QList<Token>> {
        QList<Token> tokens = context.tokens;
        const int index = context.indexOfToken(name);
        if (index < 0)
            return Error{u"no token named `%1`"_s.arg(name)};
        tokens[index].revoked = kNow;
        return tokens;
    });
}
} // namespace

class tst_TokenFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void createAndRevokeLeaveTheRestOfALargeProjectUntouched()
    {
        const QString path = m_dir.filePath(u"large.gatehouse"_s);
        const Project project = largeProject(400, 4000);
        QVERIFY(ProjectFile::save(project, path));
        const QByteArray before = digestBesidesTokens(path);
        QVERIFY(!before.isEmpty());

        QString secret;
        const Result<> added = addToken(path, u"export"_s, &secret);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QVERIFY(!fileBytes(path).contains(secret.toUtf8()));
        QCOMPARE(digestBesidesTokens(path), before);
        QVERIFY(revoke(path, u"export"_s));
        QCOMPARE(digestBesidesTokens(path), before);

        auto loaded = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value().tokens.size(), project.tokens.size() + 1);
        for (int i = 0; i < project.tokens.size(); ++i)
            QVERIFY(loaded.value().tokens.at(i) == project.tokens.at(i));
        const Token &made = loaded.value().tokens.last();
        QCOMPARE(made.name, u"export"_s);
        QCOMPARE(made.purpose, u"nightly export"_s);
        QCOMPARE(made.revoked, kNow);
        QVERIFY(TokenSecret::hashesEqual(made.secretHash, TokenSecret::hashOf(secret)));
        Project rest = loaded.value();
        rest.tokens = project.tokens;
        QVERIFY(rest == project);
    }

    void theContextHoldsWhatIssuingNeedsAndNoMore()
    {
        const QString path = m_dir.filePath(u"context.gatehouse"_s);
        const Project project = largeProject(10, 100);
        QVERIFY(ProjectFile::save(project, path));
        auto context = TokenFile(path).read();
        QVERIFY2(context, qPrintable(context.errorMessage()));
        QVERIFY(context->tokens == project.tokens);
        QVERIFY(context->settings == project.settings);
        QCOMPARE(context->workflows.size(), project.workflows.size());
        QVERIFY(context->findWorkflow(project.workflows.last().name));
        for (const Record &record : context->records)
            QCOMPARE(record.type, u"User"_s);
        QVERIFY(context->findRecord(DemoProject::aliceId()));
    }

    void aRefusedEditLeavesTheFileAsItWas()
    {
        const QString path = m_dir.filePath(u"refused.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        const QByteArray before = fileBytes(path);
        const Result<> refused = revoke(path, u"nope"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(), u"no token named `nope`"_s);
        QCOMPARE(fileBytes(path), before);
    }

    void aFollowingServerSeesTheChangeOnItsNextRequest()
    {
        const QString path = m_dir.filePath(u"followed.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        auto stamp = ProjectFileStamp::open(path);
        QVERIFY(stamp);
        const QString stampBefore = stamp.value()->current().value();
        ProjectSnapshots snapshots(std::make_shared<const Project>(demoWithTokens()));
        auto follower = ProjectFileFollower::open(path, snapshots);
        QVERIFY(follower);
        QVERIFY(!follower.value()->refresh());

        QVERIFY(revoke(path, u"ci pipeline"_s));
        QVERIFY(stamp.value()->current().value() != stampBefore);
        QVERIFY(follower.value()->refresh());
        QVERIFY(snapshots.current()->findToken(u"ci pipeline"_s)->isRevoked());
    }

    // Asked before every request, the stamp (a query) is read only when the
    // file may have moved, or every kRecheckMs.
    void aFollowerReadsTheStampOnlyWhenTheFileMayHaveMoved()
    {
        const QString path = m_dir.filePath(u"quiet.gatehouse"_s);
        QVERIFY(ProjectFile::save(demoWithTokens(), path));
        ProjectSnapshots snapshots(std::make_shared<const Project>(demoWithTokens()));
        auto follower = ProjectFileFollower::open(path, snapshots);
        QVERIFY(follower);
        QTest::qSleep(50); // older than a tick of the file system's clock
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 500; ++i)
            QVERIFY(!follower.value()->refresh());
        const qint64 allowed = 1 + clock.elapsed() / ProjectFileFollower::kRecheckMs + 1;
        QVERIFY2(follower.value()->stampReads() <= allowed,
                 qPrintable(u"%1 reads"_s.arg(follower.value()->stampReads())));

        QVERIFY(revoke(path, u"ci pipeline"_s));
        QVERIFY(follower.value()->refresh()); // at once, not after the recheck
    }

    void aSaveNeverUnrevokesWhatAnotherProgramRevoked()
    {
        const QString path = m_dir.filePath(u"sticky.gatehouse"_s);
        const Project editorCopy = demoWithTokens();
        QVERIFY(ProjectFile::save(editorCopy, path));
        QVERIFY(revoke(path, u"ci pipeline"_s));
        // The editor saves the project it read before the revocation.
        QVERIFY(ProjectFile::save(editorCopy, path));
        auto loaded = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().findToken(u"ci pipeline"_s)->revoked, kNow);
    }

    void purposeReviewAndGraceRoundTrip()
    {
        const QString path = m_dir.filePath(u"fields.gatehouse"_s);
        Project project = demoWithTokens();
        project.settings.tokenReviewIntervalDays = 90;
        Token &ci = project.tokens[0];
        ci.purpose = u"deploys from CI"_s;
        ci.lastReviewed = kNow;
        ci.previousSecretHash = TokenSecret::hashOf(u"gh_adm_old"_s);
        ci.previousSecretUntil = kNow.addSecs(600);
        QVERIFY(ProjectFile::save(project, path));
        auto loaded = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == project);
    }
};

QTEST_GUILESS_MAIN(tst_TokenFile)
#include "tst_tokenfile.moc"
