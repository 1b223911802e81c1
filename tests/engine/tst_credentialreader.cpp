#include "engine/CredentialReader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

using Problem = PresentedCredential::Problem;
using Where = PresentedCredential::Where;

Q_DECLARE_METATYPE(Problem)
Q_DECLARE_METATYPE(Where)

namespace {
const QByteArray kSecret = "gh_adm_abcDEF123-_xyz";

EngineRequest requestWith(const QList<QByteArray> &authorizations, const QString &query)
{
    HeaderList headers;
    for (const QByteArray &value : authorizations)
        headers.append({"Authorization", value});
    return EngineRequest::make("POST", u"/api/1.1/wf/x"_s + query, {}, headers);
}
} // namespace

// The one reading of a presented credential: the authenticator decides on it
// and the rate limiter keys on it, so both must see the same secret or none.
class tst_CredentialReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("queryAccepted");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<Where>("where");
        const QByteArray bearer = "Bearer " + kSecret;
        const QString inQuery = u"?api_token="_s + QString::fromLatin1(kSecret);
        using L = QList<QByteArray>;
        QTest::newRow("nothing") << L{} << QString() << true << Problem::None << Where::Nowhere;
        QTest::newRow("bearer") << L{bearer} << QString() << true << Problem::None << Where::Header;
        QTest::newRow("scheme in any case")
            << L{"bEARER " + kSecret} << QString() << true << Problem::None << Where::Header;
        QTest::newRow("several spaces (1*SP)")
            << L{"Bearer   " + kSecret} << QString() << true << Problem::None << Where::Header;
        QTest::newRow("field whitespace around") << L{" \tBearer " + kSecret + "\t "} << QString()
                                                 << true << Problem::None << Where::Header;
        QTest::newRow("base64 padding")
            << L{"Bearer abc+/=="} << QString() << true << Problem::None << Where::Header;
        QTest::newRow("tab after Bearer") << L{"Bearer\t" + kSecret} << QString() << true
                                          << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("space then tab") << L{"Bearer \t" + kSecret} << QString() << true
                                        << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("vertical tab") << L{"Bearer\v" + kSecret} << QString() << true
                                      << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("no-break space") << L{"Bearer\xc2\xa0" + kSecret} << QString() << true
                                        << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("two words") << L{bearer + " more"} << QString() << true
                                   << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("no space") << L{"Bearer" + kSecret} << QString() << true
                                  << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("scheme only")
            << L{"Bearer"} << QString() << true << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("scheme and space")
            << L{"Bearer "} << QString() << true << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("empty header")
            << L{""} << QString() << true << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("basic") << L{"Basic YWxpY2U6eA=="} << QString() << true
                               << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("padding in the middle")
            << L{"Bearer ab=c"} << QString() << true << Problem::MalformedHeader << Where::Nowhere;
        QTest::newRow("two headers")
            << L{bearer, bearer} << QString() << true << Problem::DuplicateHeader << Where::Nowhere;
        QTest::newRow("two headers, one bad") << L{bearer, "Basic x"} << QString() << true
                                              << Problem::DuplicateHeader << Where::Nowhere;
        QTest::newRow("query") << L{} << inQuery << true << Problem::None << Where::Query;
        QTest::newRow("query refused")
            << L{} << inQuery << false << Problem::QueryNotAccepted << Where::Nowhere;
        QTest::newRow("empty query")
            << L{} << u"?api_token="_s << true << Problem::EmptyQuery << Where::Nowhere;
        QTest::newRow("query twice") << L{} << inQuery + u"&api_token=x"_s << true
                                     << Problem::DuplicateQuery << Where::Nowhere;
        QTest::newRow("same query twice") << L{} << inQuery + u"&"_s + inQuery.mid(1) << true
                                          << Problem::DuplicateQuery << Where::Nowhere;
        QTest::newRow("header and the same query")
            << L{bearer} << inQuery << true << Problem::None << Where::Header;
        QTest::newRow("header and another query")
            << L{bearer} << u"?api_token=other"_s << true << Problem::Conflicting << Where::Nowhere;
        QTest::newRow("bad header and query") << L{"Bearer\t" + kSecret} << inQuery << true
                                              << Problem::MalformedHeader << Where::Nowhere;
    }

    void read()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, query);
        QFETCH(bool, queryAccepted);
        QFETCH(Problem, problem);
        QFETCH(Where, where);
        const PresentedCredential presented =
            CredentialReader::read(requestWith(headers, query), queryAccepted);
        QCOMPARE(presented.problem, problem);
        QCOMPARE(presented.where, where);
        QCOMPARE(presented.secret.isEmpty(), where == Where::Nowhere);
        if (where != Where::Nowhere && !QByteArray(QTest::currentDataTag()).contains("padding"))
            QCOMPARE(presented.secret, QString::fromLatin1(kSecret));
        QCOMPARE(presented.problemText().isEmpty(), problem == Problem::None);
        QVERIFY(!presented.problemText().contains(QString::fromLatin1(kSecret)));
        QCOMPARE(presented.isMalformedRequest(),
                 problem == Problem::DuplicateHeader || problem == Problem::DuplicateQuery);
    }

    void headerNameIsCaseInsensitive()
    {
        EngineRequest request = requestWith({}, {});
        request.headers = {{"authorization", "Bearer " + kSecret},
                           {"AUTHORIZATION", "Bearer " + kSecret}};
        QCOMPARE(CredentialReader::read(request, true).problem, Problem::DuplicateHeader);
        request.headers.removeLast();
        QCOMPARE(CredentialReader::read(request, true).secret, QString::fromLatin1(kSecret));
    }
};

QTEST_GUILESS_MAIN(tst_CredentialReader)
#include "tst_credentialreader.moc"
