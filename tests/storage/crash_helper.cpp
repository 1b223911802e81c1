// storage_crash_helper FILE ROWS: loads FILE, changes the project, and saves
// it back with a fault that ends the process after ROWS rows, as a crash or a
// power cut would: no rollback, no cleanup. Exit status 3 means it died as
// planned; anything else is a failure of the setup.
#include "storage/ProjectFile.h"
#include "storage/ProjectWriter.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto project = ProjectFile::load(args.at(1));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorMessage()));
        return 2;
    }
    Project changed = project.value();
    changed.name = u"Changed before the crash"_s;
    changed.workflows.removeLast();
    changed.tokens.clear();
    std::reverse(changed.records.begin(), changed.records.end());
    ProjectWriter::injectFaultForTesting(ProjectWriter::Fault::Exit, args.at(2).toInt());
    auto saved = ProjectFile::save(changed, args.at(1));
    std::fprintf(stderr, "the save did not crash: %s\n", qPrintable(saved.errorMessage()));
    return 1;
}
