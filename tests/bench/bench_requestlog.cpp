// The Request Log dock under a flood, in process and offscreen: the time to
// take in N entries (the test server's rate is far below) with the log model
// alone, the dock hidden, the dock shown (table, filters, chart), and the dock
// shown with a text filter, the bound (1,000) dropping the oldest throughout.
// Prints one line of JSON, each figure in ms per 1,000 entries and as a ratio
// to the model alone; checks no figure.
//   bench_requestlog [ENTRIES [CAPACITY]]
#include "models/RequestLogFilterModel.h"
#include "models/RequestLogModel.h"
#include "panels/RequestLogPanel.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {

RequestLogEntry entry(int i)
{
    RequestLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.method = u"POST"_s;
    e.path = i % 3 ? u"/api/1.1/wf/public_ping"_s : u"/api/1.1/wf/create_transaction"_s;
    e.principal =
        i % 2 ? u"anonymous"_s : u"user `alice@example.com` (token `session`, gh_usr_abcd)"_s;
    e.status = i % 7 ? 200 : 401;
    e.durationMs = i % 5;
    e.handled = true;
    return e;
}

// Entries arrive in bursts of 50 between two turns of the event loop.
double msPerThousand(RequestLogModel &model, int entries)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < entries; ++i) {
        model.append(entry(i));
        if (i % 50 == 49)
            QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6 * 1000.0 / entries;
}

enum class Dock
{
    None,
    Hidden,
    Shown,
    Filtered
};

double run(Dock dock, int entries, int capacity)
{
    RequestLogModel model;
    model.setCapacity(capacity);
    std::unique_ptr<RequestLogPanel> panel;
    if (dock != Dock::None) {
        panel = std::make_unique<RequestLogPanel>(&model);
        panel->resize(1000, 420);
        if (dock != Dock::Hidden)
            panel->show();
        if (dock == Dock::Filtered)
            panel->filterModel()->setText(u"alice"_s);
        QCoreApplication::processEvents();
    }
    return msPerThousand(model, entries);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int entries = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int capacity = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    const double alone = run(Dock::None, entries, capacity);
    const double hidden = run(Dock::Hidden, entries, capacity);
    const double shown = run(Dock::Shown, entries, capacity);
    const double filtered = run(Dock::Filtered, entries, capacity);
    std::printf("{\"entries\": %d, \"model_ms_per_1000\": %.2f, \"hidden_ms_per_1000\": %.2f, "
                "\"shown_ms_per_1000\": %.2f, \"filtered_ms_per_1000\": %.2f, "
                "\"hidden_ratio\": %.2f, \"shown_ratio\": %.2f, \"filtered_ratio\": %.2f}\n",
                entries, alone, hidden, shown, filtered, hidden / alone, shown / alone,
                filtered / alone);
    return 0;
}
