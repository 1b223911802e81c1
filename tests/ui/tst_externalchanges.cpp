// Two writers of one project file: the editor open on it, with its test
// server running, and `gatehouse-cli token` beside it (here the same core
// code the command line runs: TokenIssuer and TokenFile). A revocation made
// there is refused by the editor's server on the next request and stays
// revoked through the editor's save; a token made there survives the save;
// a change beyond tokens is offered for reload through the Prompter.
#include "EditorSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "files/ExternalChangeWatcher.h"
#include "files/FileController.h"
#include "panels/PropertyPanel.h"
#include "panels/WorkflowPropertiesPanel.h"
#include "server/TestServerController.h"

#include "crypto/TokenIssuer.h"
#include "storage/ProjectFile.h"
#include "storage/TokenFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_ExternalChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void revocationFromTheCommandLineHoldsOnTheServerAndThroughASave();
    void aSaveRightAfterTheCommandLineStillKeepsWhatItDid();
    void otherChangesAreOfferedForReload();
    void requestsSavedElsewhereSurviveADeclinedReloadAndASave();

private:
    // The demo with an admin token `ci`, saved to `name`, open in a window
    // whose test server runs; the token's secret in `secret`.
    std::unique_ptr<MainWindow> openServed(const QString &name, QString *secret);
    int post(quint16 port, const QString &path, const QString &bearer);
    static Result<> revokeElsewhere(const QString &path, const QString &name);
    static QString createElsewhere(const QString &path, const QString &name);
    static Project fileProject(const QString &path);

    QTemporaryDir m_dir;
    std::shared_ptr<test::Script> m_script;
    QNetworkAccessManager m_network;
};

void tst_ExternalChanges::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void tst_ExternalChanges::init()
{
    QSettings().clear();
    QSettings().setValue(TestServerController::portSettingsKey(), 0);
    m_script = std::make_shared<test::Script>();
}

std::unique_ptr<MainWindow> tst_ExternalChanges::openServed(const QString &name, QString *secret)
{
    const QString path = m_dir.filePath(name);
    Project project = test::demoProject();
    TokenRequest request;
    request.name = u"ci"_s;
    auto issued = TokenIssuer::issue(project, request, QDateTime::currentDateTimeUtc());
    if (!issued)
        return {};
    project.tokens.append(issued->token);
    *secret = issued->secret;
    if (!ProjectFile::save(project, path))
        return {};
    MainWindow::Options options;
    options.store = test::makeStore();
    options.prompter = std::make_unique<test::ScriptedPrompter>(m_script);
    options.restoreLayout = false;
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!window->files()->open(path) || !window->testServer()->start())
        return {};
    return window;
}

int tst_ExternalChanges::post(quint16 port, const QString &path, const QString &bearer)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArray("{}")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

Result<> tst_ExternalChanges::revokeElsewhere(const QString &path, const QString &name)
{
    return TokenFile(path).change([&](const Project &context) -> Result<QList<Token>> {
        QList<Token> tokens = context.tokens;
        const int index = context.indexOfToken(name);
        if (index < 0)
            return Error{u"no token named `%1`"_s.arg(name)};
        tokens[index].revoked = QDateTime::currentDateTimeUtc();
        return tokens;
    });
}

QString tst_ExternalChanges::createElsewhere(const QString &path, const QString &name)
{
    QString secret;
    const Result<> done =
        TokenFile(path).change([&](const Project &context) -> Result<QList<Token>> {
            TokenRequest request;
            request.name = name;
            auto issued = TokenIssuer::issue(context, request, QDateTime::currentDateTimeUtc());
            if (!issued)
                return issued.error();
            secret = issued->secret;
            return context.tokens + QList<Token>{issued->token};
        });
    return done ? secret : QString();
}

Project tst_ExternalChanges::fileProject(const QString &path)
{
    auto loaded = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
    return loaded ? loaded.value() : Project{};
}

void tst_ExternalChanges::revocationFromTheCommandLineHoldsOnTheServerAndThroughASave()
{
    QString secret;
    auto window = openServed(u"revoke.gatehouse"_s, &secret);
    QVERIFY(window);
    const QString path = window->session()->filePath();
    const quint16 port = window->testServer()->port();
    const QString cleanup = u"/api/1.1/wf/admin_cleanup"_s;
    QCOMPARE(post(port, cleanup, secret), 200);

    QVERIFY(revokeElsewhere(path, u"ci"_s));
    QTRY_COMPARE(post(port, cleanup, secret), 401);
    QVERIFY(window->session()->document()->project().findToken(u"ci"_s)->isRevoked());

    const QString made = createElsewhere(path, u"made by the cli"_s);
    QVERIFY(!made.isEmpty());
    QTRY_VERIFY(window->session()->document()->project().findToken(u"made by the cli"_s));
    QCOMPARE(post(port, cleanup, made), 200);
    QCOMPARE(m_script->reloadOffers, 0); // nothing but tokens changed

    QVERIFY(window->files()->save());
    const Project saved = fileProject(path);
    QVERIFY(saved.findToken(u"ci"_s) && saved.findToken(u"ci"_s)->isRevoked());
    QVERIFY(saved.findToken(u"made by the cli"_s));
    QCOMPARE(post(port, cleanup, secret), 401);
    QCOMPARE(post(port, cleanup, made), 200);
    QVERIFY(m_script->errors.isEmpty());
}

// The watcher has not looked yet when the editor saves: the save looks first.
void tst_ExternalChanges::aSaveRightAfterTheCommandLineStillKeepsWhatItDid()
{
    QString secret;
    auto window = openServed(u"race.gatehouse"_s, &secret);
    QVERIFY(window);
    window->files()->externalChanges()->setInterval(3600 * 1000);
    const QString path = window->session()->filePath();
    QVERIFY(revokeElsewhere(path, u"ci"_s));
    const QString made = createElsewhere(path, u"late"_s);
    QVERIFY(!made.isEmpty());
    QVERIFY(window->files()->save());
    const Project saved = fileProject(path);
    QVERIFY(saved.findToken(u"ci"_s)->isRevoked());
    QVERIFY(saved.findToken(u"late"_s));
    const quint16 port = window->testServer()->port();
    QCOMPARE(post(port, u"/api/1.1/wf/admin_cleanup"_s, secret), 401);
}

void tst_ExternalChanges::otherChangesAreOfferedForReload()
{
    QString secret;
    auto window = openServed(u"reload.gatehouse"_s, &secret);
    QVERIFY(window);
    const QString path = window->session()->filePath();
    const quint16 port = window->testServer()->port();

    // An unsaved edit here, then the command line revokes: keep editing.
    QVERIFY(window->selectWorkflow(u"public_ping"_s));
    QCheckBox *exposed = window->propertyPanel()->workflowPanel()->exposedCheck();
    QTest::mouseClick(exposed, Qt::LeftButton);
    QVERIFY(window->session()->isModified());
    m_script->reloadChanged = false;
    QVERIFY(revokeElsewhere(path, u"ci"_s));
    QTRY_COMPARE(m_script->reloadOffers, 1);
    QCOMPARE(post(port, u"/api/1.1/wf/admin_cleanup"_s, secret), 401);
    QVERIFY(window->session()->isModified());
    QVERIFY(window->files()->save());
    const Project saved = fileProject(path);
    QVERIFY(saved.findToken(u"ci"_s)->isRevoked());
    QVERIFY(!saved.findWorkflow(u"public_ping"_s)->exposed);

    // Another program renames the project: reload when offered.
    Project renamed = saved;
    renamed.name = u"Renamed elsewhere"_s;
    QVERIFY(ProjectFile::save(renamed, path));
    m_script->reloadChanged = true;
    QTRY_COMPARE(m_script->reloadOffers, 2);
    QTRY_COMPARE(window->session()->document()->project().name, u"Renamed elsewhere"_s);
    QVERIFY(!window->session()->isModified());
    QVERIFY(m_script->errors.isEmpty());
}

// `gatehouse-cli suite add` writes saved requests to the open file: they
// come in without a question, and neither declining a reload nor the next
// save drops them; a request the editor removed stays removed.
void tst_ExternalChanges::requestsSavedElsewhereSurviveADeclinedReloadAndASave()
{
    QString secret;
    auto window = openServed(u"requests.gatehouse"_s, &secret);
    QVERIFY(window);
    const QString path = window->session()->filePath();
    const auto named = [](const QString &name) {
        SavedRequest request;
        request.name = name;
        request.workflow = u"public_ping"_s;
        return request;
    };
    Project elsewhere = fileProject(path);
    elsewhere.savedRequests = {named(u"from cli"_s)};
    QVERIFY(ProjectFile::save(elsewhere, path));
    ProjectDocument *document = window->session()->document();
    QTRY_COMPARE(document->project().savedRequests.size(), 1);
    QCOMPARE(m_script->reloadOffers, 0); // only what is merged changed

    // Another program renames the project and adds a request; the reload is declined.
    elsewhere = fileProject(path);
    elsewhere.name = u"Renamed elsewhere"_s;
    elsewhere.savedRequests.append(named(u"second"_s));
    m_script->reloadChanged = false;
    QVERIFY(ProjectFile::save(elsewhere, path));
    QTRY_COMPARE(m_script->reloadOffers, 1);
    QCOMPARE(document->project().savedRequests,
             (QList<SavedRequest>{named(u"from cli"_s), named(u"second"_s)}));
    QVERIFY(document->project().name != u"Renamed elsewhere"_s);
    QVERIFY(document->setSavedRequests({named(u"second"_s)})); // removed here
    QVERIFY(window->files()->save());
    QCOMPARE(fileProject(path).savedRequests, QList<SavedRequest>{named(u"second"_s)});
    QVERIFY(m_script->errors.isEmpty());
}

QTEST_MAIN(tst_ExternalChanges)
#include "tst_externalchanges.moc"
