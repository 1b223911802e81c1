#pragma once

#include "CliProcess.h"

#include <QStringList>
#include <QTest>

// What the suite command's tests share: a fresh demo project, a token made
// with the CLI, a saved request added with the CLI and checked.
namespace gatehouse::test {

inline QString lastLine(const QString &text)
{
    return text.trimmed().split(u'\n').last();
}

inline QStringList lines(const QString &text)
{
    return text.trimmed().split(u'\n', Qt::SkipEmptyParts);
}

// The demo project at DIR/NAME.gatehouse, or empty when it could not be made.
inline QString freshDemo(const QString &dir, const QString &name)
{
    const QString path = dir + u'/' + name + QStringLiteral(".gatehouse");
    const Run made = cli({QStringLiteral("demo"), path});
    return made.exitCode == 0 ? path : QString();
}

// The new token's secret, or empty.
inline QString createToken(const QString &project, const QString &name, const QStringList &kind)
{
    const Run created = cli(QStringList{QStringLiteral("token"), QStringLiteral("create"), project,
                                        QStringLiteral("--name"), name} +
                            kind);
    return created.exitCode == 0 ? lastLine(created.out) : QString();
}

inline void addSaved(const QString &project, const QStringList &arguments)
{
    const Run added =
        cli(QStringList{QStringLiteral("suite"), QStringLiteral("add"), project} + arguments);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.startsWith(QStringLiteral("added saved request `") + arguments.first()),
             qPrintable(added.out));
}

} // namespace gatehouse::test
