#include "MatrixFixtures.h"

#include "audit/AccessMatrix.h"
#include "audit/MatrixCsvExport.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::audit;
using namespace gatehouse::test;

namespace {
// The CSV written the plain way, cell by cell through AccessMatrix::cell:
// what both writers must give, byte for byte.
QByteArray cellByCell(const AccessMatrix &matrix)
{
    QString out = u"principal,principal_kind,resource_kind,resource,operation,verdict,reason,"
                  "decided_by\r\n"_s;
    const auto f = [](const QString &text) { return MatrixCsvExport::field(text); };
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixPrincipal &who = matrix.principals().at(row);
        for (int column = 0; column < matrix.columnCount(); ++column) {
            const MatrixColumn &what = matrix.columns().at(column);
            const MatrixCell cell = matrix.cell(row, column);
            out += QStringList{f(who.name),
                               f(who.kindWord()),
                               what.isWorkflow() ? u"workflow"_s : u"data type"_s,
                               f(what.resource),
                               f(what.operationName()),
                               cell.verdictWord(),
                               f(cell.reason),
                               f(cell.decidedBy)}
                       .join(u',') +
                   u"\r\n"_s;
        }
    }
    return out.toUtf8();
}

// The demo with a thousand more workflows (and a name that needs quoting):
// its CSV spans several of the streamed writer's chunks.
Project largeProject()
{
    Project project = MatrixDemo::build().project;
    const QList<Workflow> base = project.workflows;
    for (int i = 0; i < 1000; ++i) {
        Workflow copy = base.at(i % base.size());
        copy.name = i == 7 ? u"quoted, \"odd\" name"_s : u"%1_%2"_s.arg(copy.name).arg(i);
        project.workflows << copy;
    }
    return project;
}

// A device that takes `room` bytes and then refuses every write.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }
    qint64 taken = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (taken + size > m_room) {
            setErrorString(u"no space left"_s);
            return -1;
        }
        taken += size;
        return size;
    }

private:
    qint64 m_room;
};

QByteArray streamed(const AccessMatrix &matrix, qsizetype chunk)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return MatrixCsvExport::write(matrix, buffer, chunk) ? bytes : QByteArray("failed");
}

constexpr qsizetype kSmallChunk = 4096; // a principal's row is larger: a write a row
} // namespace

// Issue 17, item 4: `gatehouse-cli matrix -o FILE` streams the CSV to the
// file as it is encoded: the bytes the in-memory writer gives (and the plain
// cell-by-cell CSV), and a failed write says so.
class tst_MatrixCsv : public QObject
{
    Q_OBJECT

private slots:
    void streamedIsTheInMemoryCsv_data()
    {
        QTest::addColumn<bool>("large");
        QTest::newRow("demo") << false;
        QTest::newRow("demo and 1,000 workflows") << true;
    }

    void streamedIsTheInMemoryCsv()
    {
        QFETCH(bool, large);
        const Project project = large ? largeProject() : MatrixDemo::build().project;
        const AccessMatrix matrix = AccessMatrix::compute(project, matrixNow());
        QVERIFY(matrix.complete());
        const QByteArray whole = MatrixCsvExport::write(matrix);
        QCOMPARE(whole, cellByCell(matrix));
        if (large)
            QVERIFY(whole.size() > MatrixCsvExport::kChunk); // more than one chunk
        QCOMPARE(streamed(matrix, MatrixCsvExport::kChunk), whole);
        QCOMPARE(streamed(matrix, kSmallChunk), whole);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"matrix.csv"_s);
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(MatrixCsvExport::write(matrix, file));
        QVERIFY(file.commit());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), whole);
    }

    void aFailedWriteIsReported()
    {
        const AccessMatrix matrix = AccessMatrix::compute(largeProject(), matrixNow());
        FullDevice full(100);
        QVERIFY(!MatrixCsvExport::write(matrix, full));
        QCOMPARE(full.errorString(), u"no space left"_s);
        FullDevice late(MatrixCsvExport::kChunk / 2); // fails after some chunks
        QVERIFY(!MatrixCsvExport::write(matrix, late, kSmallChunk));
        QVERIFY(late.taken > kSmallChunk);
    }
};

QTEST_GUILESS_MAIN(tst_MatrixCsv)
#include "tst_matrixcsv.moc"
