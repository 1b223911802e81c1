// `gatehouse-cli suite export`: the saved requests as a Postman v2.1
// collection with its environment and as a Bruno collection folder, the
// principals as empty secret variables, never a secret; odd names stay data.
// suite_external_tools runs both with newman and bru.
#include "SuiteCliSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse::test;

class tst_SuiteExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plain = freshDemo(m_dir.path(), u"plain"_s);
        QVERIFY(!m_plain.isEmpty());
    }

    void exportPostman()
    {
        const QString project = exportable(u"postman"_s);
        const QString out = m_dir.filePath(u"collection.json"_s);
        const Run run =
            cli({u"suite"_s, u"export"_s, project, u"--format"_s, u"postman"_s, u"-o"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject collection = QJsonDocument::fromJson(contents(out)).object();
        QCOMPARE(collection[u"info"_s][u"schema"_s].toString(),
                 u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s);
        const QJsonArray items = collection[u"item"_s].toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject request = items.at(1)[u"request"_s].toObject();
        QCOMPARE(request[u"method"_s].toString(), u"POST"_s);
        QCOMPARE(request[u"url"_s][u"raw"_s].toString(),
                 u"{{baseUrl}}/api/1.1/wf/create_transaction"_s);
        QCOMPARE(request[u"auth"_s][u"bearer"_s][0][u"value"_s].toString(),
                 u"{{user_alice_example_com}}"_s);
        QVERIFY(collection[u"item"_s].toArray().at(1)[u"event"_s].isArray());

        const QString envPath = QFileInfo(out).path() + u"/collection.postman_environment.json"_s;
        const QJsonObject env = QJsonDocument::fromJson(contents(envPath)).object();
        QStringList keys;
        for (const QJsonValue &value : env[u"values"_s].toArray()) {
            keys.append(value[u"key"_s].toString());
            if (value[u"key"_s].toString() != u"baseUrl"_s)
                QCOMPARE(value[u"value"_s].toString(), QString());
        }
        QCOMPARE(keys, (QStringList{u"baseUrl"_s, u"user_alice_example_com"_s, u"token_ci"_s}));
        QVERIFY(!contents(out).contains(m_secret.toUtf8()));
        QVERIFY(!contents(envPath).contains(m_secret.toUtf8()));
    }

    void exportBruno()
    {
        const QString project = exportable(u"bruno"_s);
        const QString out = m_dir.filePath(u"bruno"_s);
        const Run run =
            cli({u"suite"_s, u"export"_s, project, u"--format"_s, u"bruno"_s, u"-o"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject manifest =
            QJsonDocument::fromJson(contents(out + u"/bruno.json"_s)).object();
        QCOMPARE(manifest[u"type"_s].toString(), u"collection"_s);
        const QStringList files = QDir(out).entryList({u"*.bru"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        const QString pays = QString::fromUtf8(contents(out + u"/alice pays.bru"_s));
        QVERIFY2(pays.contains(u"post {\n  url: {{baseUrl}}/api/1.1/wf/create_transaction\n"_s),
                 qPrintable(pays));
        QVERIFY(pays.contains(u"auth:bearer {\n  token: {{user_alice_example_com}}\n}"_s));
        QVERIFY(pays.contains(u"res.status: eq 200"_s));
        const QString env = QString::fromUtf8(contents(out + u"/environments/local.bru"_s));
        QVERIFY2(env.contains(u"vars {\n  baseUrl: http://127.0.0.1:8080\n"_s), qPrintable(env));
        QVERIFY(env.contains(u"vars:secret [\n  user_alice_example_com,\n  token_ci\n]"_s));
        for (const QString &file :
             QDir(out).entryList(QDir::Files) + QStringList{u"environments/local.bru"_s})
            QVERIFY(!contents(out + u'/' + file).contains(m_secret.toUtf8()));
    }

    // A name or a path is data in the exports, never code or a path out of
    // the folder: keys become JSON string literals in the test scripts.
    void exportsKeepOddNamesInert()
    {
        const QString project = freshDemo(m_dir.path(), u"odd"_s);
        const QString key = u"x\"]);alert(1);//"_s;
        addSaved(project,
                 {u"a/b: \"c\""_s, u"--workflow"_s, u"public_ping"_s, u"--as"_s, u"anonymous"_s,
                  u"--expect"_s, u"200"_s, u"--expect-body"_s, key + u"=1"_s});
        const QString accessor = u"[\"x\\\"]);alert(1);//\"]"_s;
        const QString bruno = m_dir.filePath(u"odd-bruno"_s);
        QCOMPARE(cli({u"suite"_s, u"export"_s, project, u"--format"_s, u"bruno"_s, u"-o"_s, bruno})
                     .exitCode,
                 0);
        const QString file = QString::fromUtf8(contents(bruno + u"/a_b_ _c_.bru"_s));
        QVERIFY2(file.contains(u"expect(res.getBody()"_s + accessor + u").to.eql(1);"_s),
                 qPrintable(file));
        const QString postman = m_dir.filePath(u"odd.json"_s);
        QCOMPARE(
            cli({u"suite"_s, u"export"_s, project, u"--format"_s, u"postman"_s, u"-o"_s, postman})
                .exitCode,
            0);
        const QJsonObject collection = QJsonDocument::fromJson(contents(postman)).object();
        const QJsonArray exec =
            collection[u"item"_s][0][u"event"_s][0][u"script"_s][u"exec"_s].toArray();
        QCOMPARE(exec.size(), 2);
        QVERIFY2(exec.at(1).toString().contains(u"pm.response.json()"_s + accessor +
                                                u".to.eql(1)"_s.prepend(u')')),
                 qPrintable(exec.at(1).toString()));
    }

    void exportRefuses()
    {
        const Run format = cli({u"suite"_s, u"export"_s, m_plain, u"--format"_s, u"insomnia"_s,
                                u"-o"_s, m_dir.filePath(u"x.json"_s)});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.err.contains(u"--format takes postman or bruno, not `insomnia`"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.json"_s)));
        const QString taken = m_dir.filePath(u"taken-folder"_s);
        QVERIFY(QDir().mkpath(taken));
        writeFile(taken + u"/keep.txt"_s, "mine");
        const Run existing =
            cli({u"suite"_s, u"export"_s, m_plain, u"--format"_s, u"bruno"_s, u"-o"_s, taken});
        QCOMPARE(existing.exitCode, 1);
        QVERIFY2(existing.err.contains(u"exists; give a new folder for the Bruno collection"_s),
                 qPrintable(existing.err));
        QCOMPARE(contents(taken + u"/keep.txt"_s), QByteArray("mine"));
    }

private:
    QString exportable(const QString &name)
    {
        const QString project = freshDemo(m_dir.path(), name);
        m_secret = createToken(project, u"ci"_s, {u"--admin"_s});
        addSaved(project, {u"ping"_s, u"--workflow"_s, u"public_ping"_s, u"--as"_s, u"anonymous"_s,
                           u"--expect"_s, u"200"_s});
        addSaved(project, {u"alice pays"_s, u"--workflow"_s, u"create_transaction"_s, u"--as"_s,
                           u"alice@example.com"_s, u"--body"_s,
                           uR"({"account":"ACC-1","phone":"1","amount":5})"_s, u"--expect"_s,
                           u"200"_s, u"--expect-body"_s, u"response.amount=5"_s});
        addSaved(project, {u"admin lists"_s, u"--data"_s, u"Transaction:list"_s, u"--as"_s,
                           u"token:ci"_s, u"--query"_s, u"limit=2"_s, u"--expect"_s, u"200"_s});
        return project;
    }

    QTemporaryDir m_dir;
    QString m_plain;
    QString m_secret;
};

QTEST_GUILESS_MAIN(tst_SuiteExport)
#include "tst_suiteexport.moc"
