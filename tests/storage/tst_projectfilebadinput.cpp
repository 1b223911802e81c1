#include "StorageTestSupport.h"

#include "storage/ProjectFile.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// Every kind of bad project file: a clear error that starts with the path,
// no project, and the file exactly as it was.
class tst_ProjectFileBadInput : public QObject
{
    Q_OBJECT

public:
    enum class Input
    {
        RandomBytes,
        Empty,
        TruncatedInHalf,
        TruncatedToOnePage,
        OtherSqliteDatabase,
        NewerVersion,
        ReadOnlyFile,
        Missing,
        Directory,
        DuplicateWorkflowName,
        UnknownActionKind,
        OrphanField,
        MissingTable,
        BadDate,
    };
    Q_ENUM(Input)

private:
    QTemporaryDir m_dir;
    QByteArray m_savedDemo;

    QString makeInput(Input input, const QString &path)
    {
        auto saveDemo = [&] { return writeBytes(path, m_savedDemo); };
        switch (input) {
        case Input::RandomBytes: {
            QRandomGenerator random(42);
            QByteArray bytes(4096, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            writeBytes(path, bytes);
            break;
        }
        case Input::Empty:
            writeBytes(path, {});
            break;
        case Input::TruncatedInHalf:
            writeBytes(path, m_savedDemo.left(m_savedDemo.size() / 2));
            break;
        case Input::TruncatedToOnePage:
            writeBytes(path, m_savedDemo.left(4096));
            break;
        case Input::OtherSqliteDatabase:
            return execSql(path,
                           u"CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')"_s);
        case Input::NewerVersion:
            saveDemo();
            return execSql(path,
                           u"PRAGMA user_version = %1"_s.arg(ProjectFile::schemaVersion() + 1));
        case Input::ReadOnlyFile:
            saveDemo();
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
            break;
        case Input::Missing:
            break;
        case Input::Directory:
            QDir().mkpath(path);
            break;
        case Input::DuplicateWorkflowName:
            saveDemo();
            return execSql(path,
                           u"UPDATE workflows SET name = 'signup' WHERE name = 'public_ping'"_s);
        case Input::UnknownActionKind:
            saveDemo();
            return execSql(path, u"UPDATE actions SET kind = 'explode' WHERE workflow_position = 2 "
                                 "AND position = 1"_s);
        case Input::OrphanField:
            saveDemo();
            return execSql(path, u"INSERT INTO fields VALUES (7, 0, 'lost', 'text', '', 0)"_s);
        case Input::MissingTable:
            saveDemo();
            return execSql(path, u"DROP TABLE parameters"_s);
        case Input::BadDate:
            saveDemo();
            return execSql(path,
                           u"UPDATE records SET created_date = 'yesterday' WHERE position = 4"_s);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString demoPath = m_dir.filePath(u"demo.gatehouse"_s);
        auto saved = ProjectFile::save(demoWithTokens(), demoPath);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        m_savedDemo = fileBytes(demoPath);
        QVERIFY(m_savedDemo.size() > 8192);
    }

    void refusesWithAClearError_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("expected");
        const int rw = int(ProjectFile::Access::ReadWrite);
        const int ro = int(ProjectFile::Access::ReadOnly);
        const QString notSqlite = u"not a Gatehouse project (not an SQLite database)"_s;
        QTest::newRow("random bytes") << Input::RandomBytes << rw << notSqlite;
        QTest::newRow("random bytes, read-only") << Input::RandomBytes << ro << notSqlite;
        QTest::newRow("empty") << Input::Empty << rw
                               << u"the file is empty, not a Gatehouse project"_s;
        QTest::newRow("truncated in half")
            << Input::TruncatedInHalf << rw << u"the file is damaged or truncated"_s;
        QTest::newRow("truncated in half, read-only")
            << Input::TruncatedInHalf << ro << u"the file is damaged or truncated"_s;
        QTest::newRow("truncated to one page")
            << Input::TruncatedToOnePage << rw << u"the file is damaged or truncated"_s;
        QTest::newRow("other sqlite database")
            << Input::OtherSqliteDatabase << rw
            << u"not a Gatehouse project (an SQLite database of another program)"_s;
        QTest::newRow("newer version")
            << Input::NewerVersion << ro
            << u"made by a newer Gatehouse (file version %1, this version reads up to %2)"_s
                   .arg(ProjectFile::schemaVersion() + 1)
                   .arg(ProjectFile::schemaVersion());
        QTest::newRow("read-only file opened for writing")
            << Input::ReadOnlyFile << rw << u"the file is read-only"_s;
        QTest::newRow("missing") << Input::Missing << ro << u"the file does not exist"_s;
        QTest::newRow("directory")
            << Input::Directory << rw << u"this is a folder, not a project file"_s;
        QTest::newRow("duplicate workflow name")
            << Input::DuplicateWorkflowName << rw
            << u"workflow `signup`: another workflow already has this name"_s;
        QTest::newRow("unknown action kind")
            << Input::UnknownActionKind << rw
            << u"the file is damaged (actions row 1: unknown action kind `explode`)"_s;
        QTest::newRow("orphan field")
            << Input::OrphanField << ro
            << u"the file is damaged (fields row 0: belongs to data type 7, which is missing)"_s;
        QTest::newRow("missing table")
            << Input::MissingTable << rw << u"the file is damaged (no such table: parameters)"_s;
        QTest::newRow("bad date")
            << Input::BadDate << rw
            << u"the file is damaged (records row 4: `yesterday` is not a date)"_s;
    }

    void refusesWithAClearError()
    {
        QFETCH(Input, input);
        QFETCH(int, access);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.gatehouse"_s);
        const QString setup = makeInput(input, path);
        QVERIFY2(setup.isEmpty(), qPrintable(setup));
        const QByteArray before = fileBytes(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden);

        auto loaded = ProjectFile::load(path, ProjectFile::Access(access));

        QVERIFY(!loaded.ok());
        const QString message = loaded.errorMessage();
        QVERIFY2(message.startsWith(path + u": "_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden), filesBefore);
    }

    void readOnlyFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.gatehouse"_s);
        QVERIFY(makeInput(Input::ReadOnlyFile, path).isEmpty());
        auto loaded = ProjectFile::load(path, ProjectFile::Access::ReadOnly);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == demoWithTokens());
        QCOMPARE(fileBytes(path), m_savedDemo);
    }

    void saveRefusesAndKeepsTheFile_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("read-only file") << u"read-only file"_s << u"the file is read-only"_s;
        QTest::newRow("read-only folder, existing file")
            << u"read-only folder"_s << u"is read-only"_s;
        QTest::newRow("newer version")
            << u"newer version"_s
            << u"made by a newer Gatehouse (file version %1, this version reads up to %2)"_s
                   .arg(ProjectFile::schemaVersion() + 1)
                   .arg(ProjectFile::schemaVersion());
        QTest::newRow("invalid project")
            << u"invalid project"_s << u"cannot save: workflow `signup`: another workflow"_s;
        QTest::newRow("directory") << u"directory"_s << u"this is a folder, not a project file"_s;
    }

    void saveRefusesAndKeepsTheFile()
    {
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"target.gatehouse"_s);
        Project project = demoWithTokens();
        if (setup == u"directory"_s) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QVERIFY(writeBytes(path, m_savedDemo));
        }
        if (setup == u"read-only file"_s)
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        if (setup == u"read-only folder"_s)
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        if (setup == u"newer version"_s)
            QCOMPARE(
                execSql(path, u"PRAGMA user_version = %1"_s.arg(ProjectFile::schemaVersion() + 1)),
                QString());
        if (setup == u"invalid project"_s)
            project.workflows[5].name = u"signup"_s;
        const QByteArray before = fileBytes(path);

        project.name = u"Must not land"_s;
        auto saved = ProjectFile::save(project, path);

        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorMessage().startsWith(path + u": "_s), qPrintable(saved.errorMessage()));
        QVERIFY2(saved.errorMessage().contains(expected), qPrintable(saved.errorMessage()));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"target.gatehouse"_s});
    }

    void saveIntoAReadOnlyFolderMakesNoFile()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const QString path = dir.filePath(u"new.gatehouse"_s);
        auto saved = ProjectFile::save(demoWithTokens(), path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.errorMessage(), path + u": the folder `%1` is read-only"_s.arg(
                                                  QDir::toNativeSeparators(dir.path())));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
};

QTEST_GUILESS_MAIN(tst_ProjectFileBadInput)
#include "tst_projectfilebadinput.moc"
