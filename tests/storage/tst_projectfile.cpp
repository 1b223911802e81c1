#include "StorageTestSupport.h"

#include "model/ProjectValidator.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectWriter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// Save, open, overwrite, and what is left after a save that dies half way.
class tst_ProjectFile : public QObject
{
    Q_OBJECT

private:
    QString pathIn(const QTemporaryDir &dir) const { return dir.filePath(u"demo.gatehouse"_s); }

    // The demo, changed in every list, so an overwrite shows what it kept.
    static Project changedDemo()
    {
        Project p = demoWithTokens();
        p.name = u"Payments demo, second edition"_s;
        p.workflows.move(0, 5);
        p.workflows[1].actions.clear();
        p.dataTypes[1].fields.move(0, 3);
        p.dataTypes[1].fields.append(Field{u"currency"_s, FieldType::text()});
        p.tokens.removeFirst();
        p.savedRequests.move(0, 2);
        p.savedRequests.removeAt(1);
        p.records.removeLast();
        p.records.move(0, 2);
        for (Record &r : p.records)
            r.values.remove(u"note"_s);
        return p;
    }

private slots:
    void cleanup() { ProjectWriter::injectFaultForTesting(ProjectWriter::Fault::None); }

    void schemaVersionIsTwelve() { QCOMPARE(ProjectFile::schemaVersion(), 12); }

    void roundTripKeepsEverything_data()
    {
        QTest::addColumn<int>("access");
        QTest::newRow("read-write") << int(ProjectFile::Access::ReadWrite);
        QTest::newRow("read-only") << int(ProjectFile::Access::ReadOnly);
    }

    void roundTripKeepsEverything()
    {
        QFETCH(int, access);
        QTemporaryDir dir;
        const Project demo = demoWithTokens();
        QVERIFY2(ProjectValidator::firstError(demo).isEmpty(),
                 qPrintable(ProjectValidator::firstError(demo)));
        auto saved = ProjectFile::save(demo, pathIn(dir));
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        auto loaded = ProjectFile::load(pathIn(dir), ProjectFile::Access(access));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        // Field by field first, so a failure says where.
        QCOMPARE(loaded->settings, demo.settings);
        QCOMPARE(loaded->dataTypes, demo.dataTypes);
        QCOMPARE(loaded->workflows, demo.workflows);
        QCOMPARE(loaded->tokens, demo.tokens);
        QCOMPARE(loaded->savedRequests, demo.savedRequests);
        QCOMPARE(loaded->records.size(), demo.records.size());
        for (int i = 0; i < demo.records.size(); ++i)
            QCOMPARE(loaded->records.at(i), demo.records.at(i));
        QVERIFY(loaded.value() == demo);
        QVERIFY(!loaded->records.first().passwordHash.isEmpty());
        QCOMPARE(userVersionOf(pathIn(dir)), ProjectFile::schemaVersion());
    }

    void overwriteKeepsOnlyTheNewContent()
    {
        QTemporaryDir dir;
        QVERIFY(ProjectFile::save(demoWithTokens(), pathIn(dir)).ok());
        const Project changed = changedDemo();
        QVERIFY(changed != demoWithTokens());
        auto saved = ProjectFile::save(changed, pathIn(dir));
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        auto loaded = ProjectFile::load(pathIn(dir));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == changed);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"demo.gatehouse"_s});
    }

    void overwriteKeepsTablesItDoesNotOwn()
    {
        // Live data the engine keeps beside the project is not the save's.
        QTemporaryDir dir;
        QVERIFY(ProjectFile::save(demoWithTokens(), pathIn(dir)).ok());
        QCOMPARE(execSql(pathIn(dir), u"CREATE TABLE plugin_notes (line TEXT);"
                                      "INSERT INTO plugin_notes VALUES ('kept');"
                                      "INSERT INTO live_meta VALUES ('note', 'kept')"_s),
                 QString());
        QVERIFY(ProjectFile::save(changedDemo(), pathIn(dir)).ok());
        auto db = Database::open(pathIn(dir), Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        auto rows = db.value()->prepare(
            u"SELECT line FROM plugin_notes UNION ALL SELECT value FROM live_meta "
            "WHERE key = 'note'"_s);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().step().value(), true);
        QCOMPARE(rows.value().columnText(0), u"kept"_s);
        QCOMPARE(rows.value().step().value(), true);
        QCOMPARE(rows.value().columnText(0), u"kept"_s);
    }

    void failedSaveKeepsThePreviousProject_data()
    {
        QTest::addColumn<int>("afterRows");
        QTest::newRow("before the first row") << 0;
        QTest::newRow("in the meta rows") << 2;
        QTest::newRow("in the data types") << 8;
        QTest::newRow("in the workflows") << 40;
        QTest::newRow("in the records") << 57;
    }

    void failedSaveKeepsThePreviousProject()
    {
        QFETCH(int, afterRows);
        QTemporaryDir dir;
        QVERIFY(ProjectFile::save(demoWithTokens(), pathIn(dir)).ok());
        ProjectWriter::injectFaultForTesting(ProjectWriter::Fault::Fail, afterRows);
        auto saved = ProjectFile::save(changedDemo(), pathIn(dir));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.errorMessage(),
                 pathIn(dir) + u": cannot save: save interrupted by a test"_s);
        auto loaded = ProjectFile::load(pathIn(dir));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == demoWithTokens());
        QVERIFY(!QFile::exists(pathIn(dir) + u"-journal"_s));
    }

    void failedFirstSaveLeavesNoFile()
    {
        QTemporaryDir dir;
        ProjectWriter::injectFaultForTesting(ProjectWriter::Fault::Fail, 30);
        QVERIFY(!ProjectFile::save(demoWithTokens(), pathIn(dir)).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void crashMidSaveKeepsThePreviousProject_data()
    {
        QTest::addColumn<int>("afterRows");
        QTest::newRow("at the start") << 0;
        QTest::newRow("in the workflows") << 40;
        QTest::newRow("in the records") << 57;
    }

    void crashMidSaveKeepsThePreviousProject()
    {
        QFETCH(int, afterRows);
        QTemporaryDir dir;
        QVERIFY(ProjectFile::save(demoWithTokens(), pathIn(dir)).ok());
        QProcess helper;
        helper.start(QString::fromUtf8(GATEHOUSE_CRASH_HELPER),
                     {pathIn(dir), QString::number(afterRows)});
        QVERIFY(helper.waitForFinished(60000));
        QVERIFY2(helper.exitCode() == 3, helper.readAllStandardError().constData());
        // The process died inside the transaction: SQLite's hot journal holds
        // the old pages and the next writer rolls them back.
        QVERIFY(QFile::exists(pathIn(dir) + u"-journal"_s));
        auto loaded = ProjectFile::load(pathIn(dir));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == demoWithTokens());
    }

    void savesOverAForeignFileAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(writeBytes(pathIn(dir), "not a project at all"));
        auto saved = ProjectFile::save(demoWithTokens(), pathIn(dir));
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        auto loaded = ProjectFile::load(pathIn(dir));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == demoWithTokens());
    }

    void walFileLoadsAndSaves_data()
    {
        QTest::addColumn<int>("access");
        QTest::newRow("read-write") << int(ProjectFile::Access::ReadWrite);
        QTest::newRow("read-only") << int(ProjectFile::Access::ReadOnly);
    }

    void walFileLoadsAndSaves()
    {
        // The engine switches a served project to write-ahead logging.
        QFETCH(int, access);
        QTemporaryDir dir;
        QVERIFY(ProjectFile::save(demoWithTokens(), pathIn(dir)).ok());
        {
            auto db = Database::open(pathIn(dir), Database::OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(db.value()->enableWal().ok());
        }
        auto loaded = ProjectFile::load(pathIn(dir), ProjectFile::Access(access));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == demoWithTokens());
        QVERIFY(ProjectFile::save(changedDemo(), pathIn(dir)).ok());
        QVERIFY(ProjectFile::load(pathIn(dir), ProjectFile::Access(access)).value() ==
                changedDemo());
    }

    void newFilesAreForTheOwnerOnly()
    {
        // The file holds password and token hashes.
        QTemporaryDir dir;
        QVERIFY(ProjectFile::save(demoWithTokens(), pathIn(dir)).ok());
        const auto others =
            QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
        QCOMPARE(QFile::permissions(pathIn(dir)) & others, QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(tst_ProjectFile)
#include "tst_projectfile.moc"
