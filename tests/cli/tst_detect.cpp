#include "CliProcess.h"
#include "ServeProcess.h"

#include "storage/ProjectFile.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::test;

// `gatehouse-cli detect`: Bubble's "Detect data" headless, as a real
// process that a real HTTP call feeds.
class tst_Detect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    // Starts `detect` on a free port; returns the port, or 0.
    static quint16 start(QProcess &process, const QStringList &arguments)
    {
        process.start(QStringLiteral(GATEHOUSE_CLI),
                      QStringList{u"detect"_s} + arguments + QStringList{u"--port"_s, u"0"_s});
        static const QRegularExpression listening(
            u"listening on http://127\\.0\\.0\\.1:(\\d+)\n"_s);
        QString out;
        for (int waited = 0; waited < 300; ++waited) {
            process.waitForReadyRead(100);
            out += QString::fromUtf8(process.readAllStandardOutput());
            if (const auto match = listening.match(out); match.hasMatch())
                return match.captured(1).toUShort();
            if (process.state() == QProcess::NotRunning)
                break;
        }
        return 0;
    }

    static QString finish(QProcess &process)
    {
        process.waitForFinished(15000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QList<Parameter> parametersOf(const QString &workflow) const
    {
        const auto project = ProjectFile::load(m_project, ProjectFile::Access::ReadOnly);
        if (!project)
            return {};
        const Workflow *found = project->findWorkflow(workflow);
        return found ? found->parameters : QList<Parameter>{};
    }

    static const QJsonObject &call()
    {
        static const QJsonObject body{{u"code"_s, u"abc"_s}, {u"n"_s, 3}};
        return body;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"demo.gatehouse"_s);
        QFile::remove(m_project);
        const Run demo = cli({u"demo"_s, m_project});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void applyReplacesTheParametersWithTheDetectedOnes()
    {
        QProcess process;
        const quint16 port = start(process, {m_project, u"public_ping"_s, u"--apply"_s});
        QVERIFY(port);
        const Reply reply = gatehouse::test::call(
            port, "POST", u"/version-test/api/1.1/wf/public_ping/initialize"_s, call());
        QCOMPARE(reply.status, 200);
        const QString out = finish(process);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(u"detected 2 parameter(s) from the body:\n"
                              "  code: text\n  n: number\n"_s),
                 qPrintable(out));
        QVERIFY2(out.contains(u"applied: workflow `public_ping` now takes 2 parameter(s)"_s),
                 qPrintable(out));
        QCOMPARE(parametersOf(u"public_ping"_s),
                 (QList<Parameter>{{u"code"_s, FieldType::text(), false},
                                   {u"n"_s, FieldType::number(), false}}));
    }

    void answerDecides_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("applied");
        QTest::newRow("yes") << QByteArray("y\n") << true;
        QTest::newRow("no") << QByteArray("n\n") << false;
        QTest::newRow("nothing") << QByteArray() << false;
    }

    void answerDecides()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, applied);
        QProcess process;
        const quint16 port = start(process, {m_project, u"public_ping"_s});
        QVERIFY(port);
        process.write(answer);
        process.closeWriteChannel();
        QCOMPARE(
            gatehouse::test::call(port, "POST", u"/api/1.1/wf/public_ping/initialize"_s, call())
                .status,
            200);
        const QString out = finish(process);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(u"replace the parameters of workflow `public_ping` with these?"_s),
                 qPrintable(out));
        QCOMPARE(out.contains(u"not applied"_s), !applied);
        QCOMPARE(parametersOf(u"public_ping"_s).size(), applied ? 2 : 0);
    }

    void dryRunNeverApplies()
    {
        QProcess process;
        const quint16 port = start(process, {m_project, u"public_ping"_s, u"--dry-run"_s});
        QVERIFY(port);
        QCOMPARE(
            gatehouse::test::call(port, "POST", u"/api/1.1/wf/public_ping/initialize"_s, call())
                .status,
            200);
        QVERIFY(finish(process).contains(u"not applied"_s));
        QVERIFY(parametersOf(u"public_ping"_s).isEmpty());
    }

    void unknownWorkflowIsRefused()
    {
        const Run run = cli({u"detect"_s, m_project, u"nope"_s, u"--port"_s, u"0"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"has no workflow `nope`"_s), qPrintable(run.err));
    }

    void applyAndDryRunExcludeEachOther()
    {
        const Run run =
            cli({u"detect"_s, m_project, u"public_ping"_s, u"--apply"_s, u"--dry-run"_s});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Detect)
#include "tst_detect.moc"
