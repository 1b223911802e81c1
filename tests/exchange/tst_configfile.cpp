#include "FullProject.h"

#include "exchange/ConfigFile.h"
#include "model/DemoProject.h"
#include "model/ProjectValidator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::Project)

namespace {
Project withoutSecrets(Project project)
{
    for (Token &token : project.tokens) {
        token.secretHash.clear();
        // A rotated token's old secret is a secret too, and its grace with it.
        token.previousSecretHash.clear();
        token.previousSecretUntil = {};
    }
    for (Record &record : project.records)
        record.passwordHash.clear();
    return project;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The first ```json block of the format's documentation.
QByteArray documentedExample()
{
    const QByteArray doc = readBytes(QStringLiteral(GATEHOUSE_SOURCE_DIR "/docs/config-format.md"));
    const qsizetype start = doc.indexOf("```json\n");
    const qsizetype end = doc.indexOf("```\n", start + 8);
    if (start < 0 || end < 0)
        return {};
    return doc.mid(start + 8, end - start - 8);
}
} // namespace

class tst_ConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
        m_demo = demo.value();
        m_full = fullproject::build();
        QCOMPARE(ProjectValidator::firstError(m_full), QString());
    }

    void projects_data()
    {
        QTest::addColumn<Project>("project");
        QTest::newRow("demo") << m_demo;
        QTest::newRow("every field") << m_full;
        QTest::newRow("empty") << Project::makeEmpty(u"Nothing yet"_s);
    }

    void exportIsDeterministic_data() { projects_data(); }
    void exportIsDeterministic()
    {
        QFETCH(Project, project);
        const QByteArray first = ConfigFile::toJson(project);
        QCOMPARE(ConfigFile::toJson(Project(project)), first);
        QVERIFY(first.endsWith("}\n"));
        QVERIFY(!first.contains('\r'));
        QVERIFY(!first.contains('\t'));
        QVERIFY(first.startsWith("{\n  \"format\": \"gatehouse-config\",\n  \"version\": 1,\n"));
    }

    void roundTripIsExact_data() { projects_data(); }
    void roundTripIsExact()
    {
        QFETCH(Project, project);
        const Project clean = withoutSecrets(project);
        const QByteArray exported = ConfigFile::toJson(clean);
        auto imported = ConfigFile::fromJson(exported, u"a.json"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(imported.value() == clean);
        QCOMPARE(ConfigFile::toJson(imported.value()), exported);
    }

    void exportLeavesSecretsOut_data() { projects_data(); }
    void exportLeavesSecretsOut()
    {
        QFETCH(Project, project);
        Token token;
        token.name = u"with a hash"_s;
        token.prefix = u"gh_adm_1234"_s;
        token.created = fullproject::at(1, 1);
        token.secretHash = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f9012345678abcdef0123456789abcde";
        token.previousSecretHash =
            "0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678abcdef0123456789abcdef";
        token.previousSecretUntil = fullproject::at(2, 1);
        project.tokens.append(token);
        const QByteArray exported = ConfigFile::toJson(project);
        QCOMPARE(exported, ConfigFile::toJson(withoutSecrets(project)));
        QVERIFY(!exported.contains("$argon2"));
        QVERIFY(!exported.contains("ecret"));
        QVERIFY(!exported.contains("assword\":"));
        for (const Token &t : project.tokens) {
            if (!t.secretHash.isEmpty())
                QVERIFY(!exported.contains(t.secretHash));
            if (!t.previousSecretHash.isEmpty())
                QVERIFY(!exported.contains(t.previousSecretHash));
        }
        for (const Record &r : project.records) {
            if (!r.passwordHash.isEmpty())
                QVERIFY(!exported.contains(r.passwordHash));
        }
    }

    void demoHasItsPasswordsHashed()
    {
        // The secret test above means something only if the demo has hashes.
        QVERIFY(std::any_of(m_demo.records.cbegin(), m_demo.records.cend(), [](const Record &r) {
            return r.passwordHash.startsWith("$argon2id");
        }));
    }

    void importedSecretsAreEmpty()
    {
        auto imported = ConfigFile::fromJson(ConfigFile::toJson(m_full), u"a.json"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->tokens.size(), m_full.tokens.size());
        for (const Token &token : imported->tokens)
            QVERIFY(token.secretHash.isEmpty());
        for (const Record &record : imported->records)
            QVERIFY(record.passwordHash.isEmpty());
    }

    void layoutIsStable()
    {
        const QByteArray json = ConfigFile::toJson(m_full);
        // Two-space indentation, whole numbers without a fraction, dates in UTC.
        QVERIFY(json.contains("\n    \"workflowApiEnabled\": false,\n"));
        QVERIFY(json.contains("\"userTokenLifetimeSeconds\": 3600,"));
        QVERIFY(json.contains("\"quantity\": 3\n"));
        QVERIFY(json.contains("\"unit price\": 19.99\n"));
        QVERIFY(json.contains("\"created\": \"2026-02-04T09:00:00.000Z\","));
        QVERIFY(json.contains("\"photos\": [],"));
        QVERIFY(json.contains("ünïcødé ✓"));
        QVERIFY(
            json.contains("\"description\": \"Place an order: \\\"quoted\\\", tab\\there,\\nnew"));
        // Keys in the documented order, not alphabetical.
        QVERIFY(json.indexOf("\"name\": \"place-order_2\"") < json.indexOf("\"authentication\""));
        QVERIFY(json.indexOf("\"settings\"") < json.indexOf("\"dataTypes\""));
    }

    void documentedExampleIsAnExactExport()
    {
        const QByteArray example = documentedExample();
        QVERIFY2(!example.isEmpty(), "docs/config-format.md has no ```json example");
        auto imported = ConfigFile::fromJson(example, u"config-format.md"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(ConfigFile::toJson(imported.value()), example);
    }

    // A config from before find and view were apart has one `read`: it
    // imports as both, a `find` or `view` beside it has the last word, and
    // the export writes find and view.
    void anOldReadImportsAsFindAndView_data()
    {
        QTest::addColumn<QByteArray>("operations");
        QTest::addColumn<bool>("find");
        QTest::addColumn<bool>("view");
        QTest::newRow("read") << QByteArray(R"("read": true,)") << true << true;
        QTest::newRow("no read") << QByteArray(R"("read": false,)") << false << false;
        QTest::newRow("read, view false")
            << QByteArray(R"("read": true, "view": false,)") << true << false;
        QTest::newRow("find only") << QByteArray(R"("find": true,)") << true << false;
        QTest::newRow("view only") << QByteArray(R"("view": true,)") << false << true;
    }

    void anOldReadImportsAsFindAndView()
    {
        QFETCH(QByteArray, operations);
        QFETCH(bool, find);
        QFETCH(bool, view);
        QByteArray json = documentedExample();
        const QByteArray written = "\"find\": true,\n            \"view\": true,";
        QVERIFY(json.contains(written));
        json.replace(written, operations);
        auto imported = ConfigFile::fromJson(json, u"old.json"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const Token &token = imported->tokens.at(0);
        QCOMPARE(token.scopes.dataTypes.size(), qsizetype(1));
        QCOMPARE(token.scopes.dataTypes.at(0).find, find);
        QCOMPARE(token.scopes.dataTypes.at(0).view, view);
        const QByteArray exported = ConfigFile::toJson(imported.value());
        QVERIFY(!exported.contains("\"read\""));
        QVERIFY(exported.contains(find ? "\"find\": true" : "\"find\": false"));
        QVERIFY(exported.contains(view ? "\"view\": true" : "\"view\": false"));
    }

    // Whatever part of a config is missing, the import answers with an error
    // that names the file, or with a valid project; it never crashes.
    void everyLineLeftOutIsHandled()
    {
        const QList<QByteArray> lines = ConfigFile::toJson(m_full).split('\n');
        int refused = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QList<QByteArray> damaged = lines;
            damaged.removeAt(i);
            auto read = ConfigFile::fromJson(damaged.join('\n'), u"cut.json"_s);
            if (read.ok()) {
                QCOMPARE(ProjectValidator::firstError(read.value()), QString());
                continue;
            }
            ++refused;
            QVERIFY2(read.errorMessage().startsWith(u"cut.json: "_s),
                     qPrintable(read.errorMessage()));
        }
        QVERIFY(refused > lines.size() / 2);
    }

    void writeThenReadGivesTheProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.json"_s);
        QVERIFY2(ConfigFile::write(m_full, path).ok(), "write failed");
        QCOMPARE(readBytes(path), ConfigFile::toJson(m_full));
        auto read = ConfigFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(read.value() == withoutSecrets(m_full));
        // Writing again replaces the file and gives the same bytes.
        QVERIFY(ConfigFile::write(read.value(), path).ok());
        QCOMPARE(readBytes(path), ConfigFile::toJson(m_full));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"a.json"_s});
    }

    void writeOntoADirectoryChangesNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out.json"_s);
        QVERIFY(QDir().mkdir(target));
        QVERIFY(writeBytes(target + u"/inside.txt"_s, "keep me"));
        auto written = ConfigFile::write(m_demo, target);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().startsWith(target + u": "_s),
                 qPrintable(written.errorMessage()));
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(readBytes(target + u"/inside.txt"_s), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{u"out.json"_s});
    }

    // A file or folder without write permission bits is refused, root or
    // not (CI runs as root, for whom QSaveFile would replace the file).
    void failedWriteLeavesTheOldFile_data()
    {
        QTest::addColumn<bool>("readOnlyFolder");
        QTest::addColumn<QString>("reason");
        QTest::newRow("read-only file") << false << u"the file is read-only"_s;
        QTest::newRow("read-only folder") << true << u"the folder `{dir}` is read-only"_s;
    }
    void failedWriteLeavesTheOldFile()
    {
        QFETCH(bool, readOnlyFolder);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.json"_s);
        QVERIFY(writeBytes(path, "old bytes\n"));
        const QString locked = readOnlyFolder ? dir.path() : path;
        const auto permissions = QFile::permissions(locked);
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther |
                              (readOnlyFolder ? QFile::ExeOwner : QFile::Permissions());
        QVERIFY(QFile::setPermissions(locked, readOnly));
        auto written = ConfigFile::write(m_demo, path);
        QFile::setPermissions(locked, permissions);
        QVERIFY(!written.ok());
        reason.replace(u"{dir}"_s, QDir::toNativeSeparators(dir.path()));
        QCOMPARE(written.errorMessage(), path + u": cannot write: "_s + reason);
        QCOMPARE(readBytes(path), QByteArray("old bytes\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"b.json"_s});
    }

    void writeIntoAMissingDirectoryFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/dir/a.json"_s);
        auto written = ConfigFile::write(m_demo, path);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().startsWith(path + u": "_s),
                 qPrintable(written.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }

    void readErrorsNameTheFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << u"missing.json"_s << u"missing.json: no such file"_s;
        QTest::newRow("directory") << u"dir.json"_s << u"dir.json: is a directory"_s;
        QTest::newRow("empty") << u"empty.json"_s << u"empty.json: the file is empty"_s;
        QTest::newRow("binary") << u"binary.json"_s
                                << u"binary.json: line 1, column 1: not valid JSON"_s;
    }
    void readErrorsNameTheFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(QDir().mkdir(dir.filePath(u"dir.json"_s)));
        QVERIFY(writeBytes(dir.filePath(u"empty.json"_s), {}));
        QVERIFY(
            writeBytes(dir.filePath(u"binary.json"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
        auto read = ConfigFile::read(dir.filePath(name));
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().startsWith(dir.filePath(expected)),
                 qPrintable(read.errorMessage()));
    }

private:
    Project m_demo;
    Project m_full;
};

QTEST_GUILESS_MAIN(tst_ConfigFile)
#include "tst_configfile.moc"
