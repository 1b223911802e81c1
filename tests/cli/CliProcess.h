#pragma once

#include <QFile>
#include <QProcess>
#include <QTest>

// gatehouse-cli run as a pipeline runs it: a real process, its exit code and
// what it printed.
namespace gatehouse::test {

struct Run
{
    int exitCode = -1; // -2 when it crashed or never finished
    QString out;
    QString err;
};

inline Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GATEHOUSE_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace gatehouse::test
