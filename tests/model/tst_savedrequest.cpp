#include "model/DemoProject.h"
#include "model/ExpectedBodyText.h"
#include "model/ProjectValidator.h"
#include "model/SavedRequestMerge.h"
#include "model/SavedRequestValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
SavedRequest workflowRequest(const QString &name, const QString &workflow)
{
    SavedRequest request;
    request.name = name;
    request.workflow = workflow;
    return request;
}

SavedRequest dataRequest(SavedRequest::Operation operation, const QString &id = {})
{
    SavedRequest request;
    request.name = u"data"_s;
    request.target = SavedRequest::Target::Data;
    request.dataType = u"Transaction"_s;
    request.operation = operation;
    request.recordId = id;
    return request;
}
} // namespace

class tst_SavedRequest : public QObject
{
    Q_OBJECT

private:
    Project m_demo;

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY2(demo, qPrintable(demo.errorMessage()));
        m_demo = demo.value();
    }

    void principalTextRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("anonymous")
            << u"anonymous"_s << int(PrincipalRef::Kind::Anonymous) << QString();
        QTest::newRow("user") << u"alice@example.com"_s << int(PrincipalRef::Kind::User)
                              << u"alice@example.com"_s;
        QTest::newRow("token") << u"token:ci pipeline"_s << int(PrincipalRef::Kind::Token)
                               << u"ci pipeline"_s;
    }
    void principalTextRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, name);
        const auto parsed = PrincipalRef::fromText(text);
        QVERIFY(parsed);
        QCOMPARE(int(parsed->kind), kind);
        QCOMPARE(parsed->name, name);
        QCOMPARE(parsed->toText(), text);
    }

    // A secret or a raw header is never a principal: only references are.
    void principalRefusesAnythingElse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bearer header") << u"Bearer gh_adm_abc"_s << u"is neither `anonymous`"_s;
        QTest::newRow("bare secret") << u"gh_adm_0123456789"_s << u"is neither"_s;
        QTest::newRow("token without name") << u"token:"_s << u"needs the name of a token"_s;
        QTest::newRow("empty") << QString() << u"is neither"_s;
        QTest::newRow("no local part") << u"@example.com"_s << u"is neither"_s;
    }
    void principalRefusesAnythingElse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PrincipalRef::fromText(text, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void methodAndPathFollowTheTarget_data()
    {
        using Op = SavedRequest::Operation;
        QTest::addColumn<SavedRequest>("request");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("post workflow") << workflowRequest(u"a"_s, u"create_transaction"_s)
                                       << QByteArray("POST") << u"/api/1.1/wf/create_transaction"_s;
        QTest::newRow("list") << dataRequest(Op::List) << QByteArray("GET")
                              << u"/api/1.1/obj/transaction"_s;
        QTest::newRow("get") << dataRequest(Op::Get, u"a/b"_s) << QByteArray("GET")
                             << u"/api/1.1/obj/transaction/a%2Fb"_s;
        QTest::newRow("modify") << dataRequest(Op::Modify, u"x"_s) << QByteArray("PATCH")
                                << u"/api/1.1/obj/transaction/x"_s;
        QTest::newRow("replace") << dataRequest(Op::Replace, u"x"_s) << QByteArray("PUT")
                                 << u"/api/1.1/obj/transaction/x"_s;
        QTest::newRow("delete") << dataRequest(Op::Delete, u"x"_s) << QByteArray("DELETE")
                                << u"/api/1.1/obj/transaction/x"_s;
        QTest::newRow("bulk") << dataRequest(Op::Bulk) << QByteArray("POST")
                              << u"/api/1.1/obj/transaction/bulk"_s;
        // The server routes a type by its API name: lower case, no spaces.
        SavedRequest spaced = dataRequest(Op::List);
        spaced.dataType = u"Line Item"_s;
        QTest::newRow("api name") << spaced << QByteArray("GET") << u"/api/1.1/obj/lineitem"_s;
    }
    void methodAndPathFollowTheTarget()
    {
        QFETCH(SavedRequest, request);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QCOMPARE(request.method(m_demo), method);
        QCOMPARE(request.path(), path);
    }

    void aGetWorkflowIsCalledWithGet()
    {
        Project project = m_demo;
        project.workflows[0].method = HttpMethod::Get;
        QCOMPARE(workflowRequest(u"a"_s, project.workflows[0].name).method(project),
                 QByteArray("GET"));
    }

    void malformedRequestsAreErrors_data()
    {
        QTest::addColumn<SavedRequest>("request");
        QTest::addColumn<QString>("expected");
        SavedRequest unnamed = workflowRequest(QString(), u"public_ping"_s);
        QTest::newRow("no name") << unnamed << u"a saved request needs a name"_s;
        SavedRequest badStatus = workflowRequest(u"s"_s, u"public_ping"_s);
        badStatus.expectedStatus = 42;
        QTest::newRow("status") << badStatus << u"expects status 42"_s;
        QTest::newRow("no workflow")
            << workflowRequest(u"w"_s, QString()) << u"names no workflow to call"_s;
        QTest::newRow("no id") << dataRequest(SavedRequest::Operation::Delete)
                               << u"operation delete needs the id of a thing"_s;
    }
    void malformedRequestsAreErrors()
    {
        QFETCH(SavedRequest, request);
        QFETCH(QString, expected);
        Project project = m_demo;
        project.savedRequests = {request};
        QVERIFY2(ProjectValidator::firstError(project).contains(expected),
                 qPrintable(ProjectValidator::firstError(project)));
    }

    void twoRequestsWithOneNameAreAnError()
    {
        Project project = m_demo;
        project.savedRequests = {workflowRequest(u"same"_s, u"public_ping"_s),
                                 workflowRequest(u"same"_s, u"public_ping"_s)};
        QVERIFY(ProjectValidator::firstError(project).contains(u"two saved requests"_s));
    }

    // A deleted workflow, user or token leaves the project loadable: the
    // suite reports the request instead.
    void danglingReferencesAreWarnings()
    {
        Project project = m_demo;
        SavedRequest ghostWorkflow = workflowRequest(u"a"_s, u"ghost"_s);
        SavedRequest ghostUser = workflowRequest(u"b"_s, u"public_ping"_s);
        ghostUser.principal = PrincipalRef::user(u"nobody@example.com"_s);
        SavedRequest ghostToken = workflowRequest(u"c"_s, u"public_ping"_s);
        ghostToken.principal = PrincipalRef::token(u"gone"_s);
        project.savedRequests = {ghostWorkflow, ghostUser, ghostToken};
        QCOMPARE(ProjectValidator::firstError(project), QString());
        const QStringList problems = SavedRequestValidator::problems(project, ghostWorkflow) +
                                     SavedRequestValidator::problems(project, ghostUser) +
                                     SavedRequestValidator::problems(project, ghostToken);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems[0].contains(u"calls workflow `ghost`, which does not exist"_s));
        QVERIFY(problems[1].contains(u"acts as user `nobody@example.com`, who does not exist"_s));
        QVERIFY(problems[2].contains(u"acts as token `gone`, which does not exist"_s));
    }

    void aUserIsFoundByAddressWhateverItsCase()
    {
        const Record *alice = SavedRequestValidator::userByEmail(m_demo, u"ALICE@example.com"_s);
        QVERIFY(alice);
        QCOMPARE(alice->id, DemoProject::aliceId());
        QVERIFY(SavedRequestValidator::problems(m_demo,
                                                [] {
                                                    SavedRequest r =
                                                        workflowRequest(u"a"_s, u"public_ping"_s);
                                                    r.principal =
                                                        PrincipalRef::user(u"Alice@Example.com"_s);
                                                    return r;
                                                }())
                    .isEmpty());
    }

    // The editor's list and `suite add`'s in one file (SavedRequestMerge).
    void expectedBodyFieldsAreReadAsTyped()
    {
        const auto fields =
            ExpectedBodyText::parse(u" response.ok=true; response.name=\"a;b\" ;response.n=2;"_s);
        QVERIFY2(fields, qPrintable(fields.errorMessage()));
        QCOMPARE(fields->value(u"response.ok"_s), QJsonValue(true));
        QCOMPARE(fields->value(u"response.name"_s), QJsonValue(u"a;b"_s));
        QCOMPARE(fields->value(u"response.n"_s), QJsonValue(2));
        QCOMPARE(fields->size(), 3);
        QCOMPARE(ExpectedBodyText::parse(ExpectedBodyText::format(*fields)).value(), *fields);
        QVERIFY(ExpectedBodyText::parse(u"  "_s)->isEmpty());

        const auto unquoted = ExpectedBodyText::parse(u"response.ok=true; response.name=bob"_s);
        QVERIFY(!unquoted);
        QVERIFY2(unquoted.errorMessage().contains(u"response.name=bob"_s),
                 qPrintable(unquoted.errorMessage()));
        QVERIFY(!ExpectedBodyText::parse(u"=1"_s));
        QVERIFY(!ExpectedBodyText::parse(u"response.ok"_s));
    }

    void twoWritersKeepEachOthersRequests()
    {
        const SavedRequest ping = workflowRequest(u"ping"_s, u"public_ping"_s);
        const SavedRequest signup = workflowRequest(u"signup"_s, u"signup"_s);
        const SavedRequest gone = workflowRequest(u"gone"_s, u"public_ping"_s);
        SavedRequest pingThere = ping;
        pingThere.expectedStatus = 401;
        const SavedRequest cli = workflowRequest(u"from cli"_s, u"public_ping"_s);
        const SavedRequest mineOnly = workflowRequest(u"mine"_s, u"public_ping"_s);
        const QList<SavedRequest> base{ping, signup, gone};
        // Here: signup removed, mine added. There: ping changed, gone removed, cli added.
        const QList<SavedRequest> mine{ping, gone, mineOnly};
        const QList<SavedRequest> theirs{pingThere, signup, cli};
        const QList<SavedRequest> merged = SavedRequestMerge::merge(base, mine, theirs);
        QCOMPARE(merged, (QList<SavedRequest>{pingThere, mineOnly, cli}));
        // Changed on both sides: the editor's change stands.
        SavedRequest pingHere = ping;
        pingHere.expectedStatus = 403;
        QCOMPARE(SavedRequestMerge::merge({ping}, {pingHere}, {pingThere}),
                 QList<SavedRequest>{pingHere});
        // Nothing changed elsewhere: the editor's list as it is.
        QCOMPARE(SavedRequestMerge::merge(base, mine, base), mine);
    }
};

QTEST_GUILESS_MAIN(tst_SavedRequest)
#include "tst_savedrequest.moc"
