// The editor on a large project, in process and offscreen: the time to open
// it to the first shown window, the workflow list's filter a keystroke
// (each keystroke applied and the window repainted), and a save after one
// edit (a rename through the undo stack). Prints one line of JSON for
// tests/bench/large_bench.py; checks no figure.
//   bench_editor PROJECT.gatehouse [FILTER_TEXT]
#include "EditorSession.h"
#include "MainWindow.h"
#include "commands/RenameWorkflow.h"
#include "files/FileController.h"
#include "model/ProjectDocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QLineEdit *workflowFilter(const MainWindow &window)
{
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        if (edit->placeholderText() == QObject::tr("Filter workflows"))
            return edit;
    }
    return nullptr;
}

// Types `text` into the filter one character at a time, then erases it the
// same way; each keystroke is timed until the window has repainted.
QList<double> keystrokes(MainWindow &window, QLineEdit *filter, const QString &text)
{
    QList<double> times;
    auto timed = [&](auto edit) {
        QElapsedTimer timer;
        timer.start();
        edit();
        window.repaint();
        QCoreApplication::processEvents();
        times.append(msSince(timer));
    };
    for (const QChar c : text)
        timed([&] { filter->insert(QString(c)); });
    for (qsizetype i = 0; i < text.size(); ++i)
        timed([&] { filter->backspace(); });
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no recent files, no recovery prompts
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_editor PROJECT [FILTER_TEXT]\n");
        return 2;
    }
    const QString filterText = args.value(2, u"workflow_049"_s);

    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    if (!window.files()->open(args.at(1))) {
        std::fprintf(stderr, "bench_editor: cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    window.show();
    QCoreApplication::processEvents();
    const double openMs = msSince(timer);

    QLineEdit *filter = workflowFilter(window);
    if (!filter) {
        std::fprintf(stderr, "bench_editor: no workflow filter in the window\n");
        return 1;
    }
    QList<double> times = keystrokes(window, filter, filterText);
    std::sort(times.begin(), times.end());

    EditorSession *session = window.session();
    const QString renamed = session->document()->project().workflows.first().name + u"_x"_s;
    if (!session->push(new RenameWorkflow(session->document(), 0, renamed))) {
        std::fprintf(stderr, "bench_editor: the edit was refused\n");
        return 1;
    }
    timer.restart();
    if (!session->save()) {
        std::fprintf(stderr, "bench_editor: the save failed\n");
        return 1;
    }
    const double saveMs = msSince(timer);
    std::printf("BENCH_JSON {\"open_ms\":%.1f,\"keystrokes\":%lld,\"keystroke_median_ms\":%.2f,"
                "\"keystroke_max_ms\":%.2f,\"save_after_edit_ms\":%.1f}\n",
                openMs, qlonglong(times.size()), times.at(times.size() / 2), times.last(), saveMs);
    return 0;
}
