// The Request panel's history in the project file: newest first, bounded,
// cleared, beside saves that never touch it, and never a credential: a
// header or query parameter that carries one is dropped before writing, and
// the file's bytes do not hold the secret used.
#include "StorageTestSupport.h"

#include "storage/ProjectFile.h"
#include "storage/RequestHistoryFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

namespace {
RequestHistoryEntry sent(const QString &path, int status = 200)
{
    RequestHistoryEntry entry;
    entry.time = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 250), Qt::UTC);
    entry.method = "POST";
    entry.path = path;
    entry.query = {{u"page"_s, u"2"_s}};
    entry.body = u"{\n  \"total\": 3\n}"_s;
    entry.headers = {{u"Accept"_s, u"application/json"_s}};
    entry.principal = PrincipalRef::user(u"bob@example.com"_s);
    entry.status = status;
    return entry;
}

QByteArray bytesOf(const QString &path)
{
    QByteArray all;
    for (const QString &file : {path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class tst_RequestHistoryFile : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_path = m_dir.filePath(u"history-%1.gatehouse"_s.arg(++m_files));
        QVERIFY(ProjectFile::save(demoWithTokens(), m_path));
    }

    void keepsWhatWasSentNewestFirst()
    {
        const RequestHistoryFile history(m_path);
        QVERIFY(history.append(sent(u"/api/1.1/wf/a"_s)));
        QVERIFY(history.append(sent(u"/api/1.1/wf/b"_s, 401)));
        const auto read = history.read();
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0), sent(u"/api/1.1/wf/b"_s, 401));
        QCOMPARE(read->at(1), sent(u"/api/1.1/wf/a"_s));
    }

    void keepsOnlyTheNewest()
    {
        const RequestHistoryFile history(m_path);
        for (int i = 0; i < 7; ++i)
            QVERIFY(history.append(sent(u"/api/1.1/wf/w%1"_s.arg(i)), 5));
        const auto read = history.read();
        QCOMPARE(read->size(), 5);
        QCOMPARE(read->first().path, u"/api/1.1/wf/w6"_s);
        QCOMPARE(read->last().path, u"/api/1.1/wf/w2"_s);
    }

    void clearEmptiesIt()
    {
        const RequestHistoryFile history(m_path);
        QVERIFY(history.append(sent(u"/api/1.1/wf/a"_s)));
        QVERIFY(history.clear());
        QVERIFY(history.read()->isEmpty());
    }

    void aSaveLeavesItAlone()
    {
        QVERIFY(RequestHistoryFile(m_path).append(sent(u"/api/1.1/wf/a"_s)));
        QVERIFY(ProjectFile::save(demoWithTokens(), m_path));
        QCOMPARE(RequestHistoryFile(m_path).read()->size(), 1);
    }

    void aCredentialIsNeverWritten()
    {
        const QString secret = u"gh_adm_0123456789abcdefSECRET"_s;
        RequestHistoryEntry entry = sent(u"/api/1.1/wf/a"_s);
        entry.principal = PrincipalRef::anonymous();
        entry.headers.append({u"Authorization"_s, u"Bearer "_s + secret});
        entry.headers.append({u"X-Api-Key"_s, secret});
        entry.query.append({u"api_token"_s, secret});
        QVERIFY(RequestHistoryFile(m_path).append(entry));
        const auto read = RequestHistoryFile(m_path).read();
        QCOMPARE(read->size(), 1);
        QVERIFY(read->first().credentialNotKept);
        QCOMPARE(read->first().principalText(), u"pasted credential, not kept"_s);
        QCOMPARE(read->first().headers, sent(u"/x"_s).headers);
        QCOMPARE(read->first().query, sent(u"/x"_s).query);
        QVERIFY(!bytesOf(m_path).contains(secret.toUtf8()));
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_RequestHistoryFile)
#include "tst_requesthistoryfile.moc"
