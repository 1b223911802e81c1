// The Request panel's request turned into a saved request (its workflow, or
// the Data API type, operation and record its path names) and back; and
// RequestCheck, which refuses a value of the wrong type with the engine's
// own words before anything is sent.
#include "model/DemoProject.h"
#include "model/Project.h"
#include "server/RequestCheck.h"
#include "server/SavedRequestBuilder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_SavedRequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_project = DemoProject::build().value(); }

    void aWorkflowCallIsSavedUnderItsWorkflow()
    {
        RequestDraft draft = RequestDraft::forWorkflow(m_project, u"create_transaction"_s);
        draft.query = {{u"note"_s, u"x"_s}};
        const auto saved = SavedRequestBuilder::build(
            m_project, draft, PrincipalRef::user(u"bob@example.com"_s), u" pays "_s, 201);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->name, u"pays"_s);
        QCOMPARE(saved->target, SavedRequest::Target::Workflow);
        QCOMPARE(saved->workflow, u"create_transaction"_s);
        QCOMPARE(saved->body, draft.body);
        QCOMPARE(saved->query, draft.query);
        QCOMPARE(saved->expectedStatus, 201);
        QCOMPARE(saved->principal, PrincipalRef::user(u"bob@example.com"_s));
        const RequestDraft back = SavedRequestBuilder::draftOf(m_project, saved.value());
        QCOMPARE(back.path, draft.path);
        QCOMPARE(back.body, draft.body);
    }

    void aDataCallNamesTypeOperationAndRecord_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("record");
        using Op = SavedRequest::Operation;
        QTest::newRow("list") << QByteArray("GET") << QString() << int(Op::List) << QString();
        QTest::newRow("get") << QByteArray("GET") << u"/r1"_s << int(Op::Get) << u"r1"_s;
        QTest::newRow("create") << QByteArray("POST") << QString() << int(Op::Create) << QString();
        QTest::newRow("bulk") << QByteArray("POST") << u"/bulk"_s << int(Op::Bulk) << QString();
        QTest::newRow("modify") << QByteArray("PATCH") << u"/r1"_s << int(Op::Modify) << u"r1"_s;
        QTest::newRow("replace") << QByteArray("PUT") << u"/r1"_s << int(Op::Replace) << u"r1"_s;
        QTest::newRow("delete") << QByteArray("DELETE") << u"/r1"_s << int(Op::Delete) << u"r1"_s;
    }

    void aDataCallNamesTypeOperationAndRecord()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(int, operation);
        QFETCH(QString, record);
        RequestDraft draft =
            RequestDraft::forData(m_project, u"Transaction"_s, SavedRequest::Operation::List);
        draft.method = method;
        draft.path += suffix;
        const auto saved =
            SavedRequestBuilder::build(m_project, draft, PrincipalRef::anonymous(), u"d"_s, 200);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->target, SavedRequest::Target::Data);
        QCOMPARE(saved->dataType, u"Transaction"_s);
        QCOMPARE(int(saved->operation), operation);
        QCOMPARE(saved->recordId, record);
        QCOMPARE(saved->path(), draft.path);
    }

    void whatCannotBeSavedSaysWhy()
    {
        RequestDraft draft = RequestDraft::forWorkflow(m_project, u"public_ping"_s);
        QVERIFY(SavedRequestBuilder::build(m_project, draft, {}, u"  "_s, 200)
                    .errorMessage()
                    .contains(u"name"_s));
        draft.path = u"/elsewhere"_s;
        QVERIFY(!SavedRequestBuilder::build(m_project, draft, {}, u"x"_s, 200));
        draft.path = u"/api/1.1/obj/nothing"_s;
        QVERIFY(SavedRequestBuilder::build(m_project, draft, {}, u"x"_s, 200)
                    .errorMessage()
                    .contains(u"nothing"_s));
        draft = RequestDraft::forWorkflow(m_project, u"public_ping"_s);
        draft.bodyText = u"[1, 2]"_s;
        QVERIFY(!SavedRequestBuilder::build(m_project, draft, {}, u"x"_s, 200));
    }

    void aValueOfTheWrongTypeIsNamed()
    {
        const QString path = u"/api/1.1/wf/create_transaction"_s;
        const QString problem = RequestCheck::parameterProblem(
            m_project, path, u"{\"amount\": \"abc\", \"account\": \"a\"}"_s, {});
        QVERIFY2(problem.startsWith(u"parameter `amount` of workflow `create_transaction`: "_s),
                 qPrintable(problem));
        QVERIFY(
            RequestCheck::parameterProblem(m_project, path, u"{\"amount\": 3}"_s, {}).isEmpty());
        // A form gives text, read as the engine reads it.
        QVERIFY(RequestCheck::parameterProblem(m_project, path, u"amount=3"_s, {}).isEmpty());
        QVERIFY(!RequestCheck::parameterProblem(m_project, path, u"amount=abc"_s, {}).isEmpty());
        // Left out is the server's to name.
        QVERIFY(RequestCheck::parameterProblem(m_project, path, u"{}"_s, {}).isEmpty());
    }

    void theBodyIsJsonOrAForm()
    {
        QCOMPARE(RequestCheck::contentType(u" "_s).value(), QByteArray());
        QCOMPARE(RequestCheck::contentType(u"{\"a\": 1}"_s).value(),
                 QByteArray("application/json"));
        QCOMPARE(RequestCheck::contentType(u"a=1&b=x%20y"_s).value(),
                 QByteArray("application/x-www-form-urlencoded"));
        const auto neither = RequestCheck::contentType(u"{\"a\": "_s);
        QVERIFY(!neither);
        QVERIFY(neither.errorMessage().contains(u"neither JSON"_s));
    }

private:
    Project m_project;
};

QTEST_GUILESS_MAIN(tst_SavedRequestBuilder)
#include "tst_savedrequestbuilder.moc"
