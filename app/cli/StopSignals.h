#pragma once

#include <QObject>

class QSocketNotifier;

namespace gatehouse::cli {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread, through a
// self-pipe: a signal handler may only write a byte, so the stop itself
// happens in the event loop, where the server can close cleanly.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

signals:
    void stopRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gatehouse::cli
