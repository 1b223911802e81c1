// `gatehouse-cli matrix` and `gatehouse-cli diff` as a CI job runs them:
// the matrix as CSV and HTML, and the access difference between two
// versions of a project with the exit status that gates on growth.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse::test;

class tst_MatrixCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrixAsCsvAndHtml();
    void badInputIsNamed();
    void diffGatesOnGrowth();

private:
    // The demo's config with `workflow`'s authentication set to `mode`.
    QString configWith(const QString &name, const QString &workflow, const QString &mode);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_config;
};

void tst_MatrixCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.gatehouse"_s);
    QCOMPARE(cli({u"demo"_s, m_demo}).exitCode, 0);
    m_config = m_dir.filePath(u"demo.json"_s);
    QCOMPARE(cli({u"export"_s, m_demo, u"-o"_s, m_config}).exitCode, 0);
}

QString tst_MatrixCli::configWith(const QString &name, const QString &workflow, const QString &mode)
{
    QJsonObject config = QJsonDocument::fromJson(contents(m_config)).object();
    QJsonArray workflows = config[u"workflows"_s].toArray();
    for (qsizetype i = 0; i < workflows.size(); ++i) {
        QJsonObject w = workflows[i].toObject();
        if (w[u"name"_s].toString() == workflow)
            w[u"authentication"_s] = mode;
        workflows[i] = w;
    }
    config[u"workflows"_s] = workflows;
    const QString path = m_dir.filePath(name);
    writeFile(path, QJsonDocument(config).toJson());
    return path;
}

void tst_MatrixCli::matrixAsCsvAndHtml()
{
    const Run csv = cli({u"matrix"_s, m_demo, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.contains(u"\r\n"_s)); // RFC 4180's line ends
    const QStringList lines = csv.out.trimmed().split(u"\r\n"_s);
    QVERIFY(lines.first().startsWith(u"principal,principal_kind,resource_kind,resource"_s));
    QVERIFY(lines.contains(u"anonymous,anonymous,workflow,signup,run,allowed,"
                           "authentication None required lets anonymous in,workflow `signup`"_s));
    // A reason with a comma is quoted, as RFC 4180 says.
    QVERIFY(csv.out.contains(u"\"the workflow's authentication is User and admin, and the caller "
                             "gave no token\""_s));
    // Every user of the demo is a row of it.
    for (const QString &email :
         {u"alice@example.com"_s, u"bob@example.com"_s, u"root@example.com"_s})
        QVERIFY2(csv.out.contains(email), qPrintable(email));

    const QString html = m_dir.filePath(u"matrix.html"_s);
    QCOMPARE(cli({u"matrix"_s, m_demo, u"--format"_s, u"html"_s, u"-o"_s, html}).exitCode, 0);
    const QByteArray page = contents(html);
    QVERIFY(page.startsWith("<!DOCTYPE html>") || page.startsWith("<!doctype html>"));
    QVERIFY(page.contains("tag_my_transactions"));
    QVERIFY(!page.contains("gh_adm_")); // no secret, not even the matrix's own
}

void tst_MatrixCli::badInputIsNamed()
{
    const Run format = cli({u"matrix"_s, m_demo, u"--format"_s, u"pdf"_s});
    QCOMPARE(format.exitCode, 2);
    QVERIFY2(format.err.contains(u"pdf"_s), qPrintable(format.err));
    const Run missing = cli({u"matrix"_s, m_dir.filePath(u"none.gatehouse"_s)});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(u"none.gatehouse"_s), qPrintable(missing.err));
    const Run diffMissing = cli({u"diff"_s, m_demo, m_dir.filePath(u"none.gatehouse"_s)});
    QCOMPARE(diffMissing.exitCode, 2);
}

void tst_MatrixCli::diffGatesOnGrowth()
{
    const Run same = cli({u"diff"_s, m_demo, m_config});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains(u"no change"_s), qPrintable(same.out));

    const QString open = configWith(u"open.json"_s, u"tag_my_transactions"_s, u"none_required"_s);
    const Run grows = cli({u"diff"_s, m_config, open});
    QCOMPARE(grows.exitCode, 1);
    QVERIFY2(grows.out.contains(u"anonymous gains tag_my_transactions"_s), qPrintable(grows.out));

    const Run shrinks = cli({u"diff"_s, open, m_config});
    QCOMPARE(shrinks.exitCode, 0);
    QVERIFY2(shrinks.out.contains(u"anonymous loses tag_my_transactions"_s),
             qPrintable(shrinks.out));

    const QString admins = configWith(u"admins.json"_s, u"create_transaction"_s, u"admin_only"_s);
    const Run narrowed = cli({u"diff"_s, m_config, admins});
    QCOMPARE(narrowed.exitCode, 0);
    QVERIFY2(narrowed.out.contains(u"loses create_transaction"_s), qPrintable(narrowed.out));
}

QTEST_GUILESS_MAIN(tst_MatrixCli)
#include "tst_matrixcli.moc"
