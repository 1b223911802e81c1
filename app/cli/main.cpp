#include "CommandLine.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    gatehouse::cli::Console console{out, err};
    return gatehouse::cli::CommandLine().run(app.arguments().mid(1), console);
}
