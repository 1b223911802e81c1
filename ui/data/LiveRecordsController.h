#pragma once

#include "storage/LiveRecordsFile.h"

#include <QObject>

class QTimer;

namespace gatehouse {

class EditorSession;
class Prompter;
class TestServerController;

// The live side of the Test Records panel: reads the project file's live
// records (LiveRecordsFile) while the panel shows them, again after the
// test server answers a burst of requests, and resets them to the saved
// test data after asking. Reads nothing while inactive (the panel hidden
// or showing the test data). A read that fails says so, never an empty
// list: "could not tell" is not "nothing there".
class LiveRecordsController : public QObject
{
    Q_OBJECT

public:
    LiveRecordsController(EditorSession *session, TestServerController *server, Prompter &prompter,
                          QObject *parent = nullptr);

    // Active: reads now, and follows the server until made inactive.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // A read waits for the burst of requests the server is answering to
    // end; never while inactive.
    bool isReadScheduled() const;

public slots:
    void read();
    // Asks first; true when the live data was reset (and read again).
    bool reset();

signals:
    void recordsRead(const gatehouse::LiveRecords &live);
    void readFailed(const QString &message);
    // What the last reset did, or why it did not.
    void resetDone(bool ok, const QString &message);

private:
    EditorSession *m_session;
    Prompter &m_prompter;
    QTimer *m_reread;
    bool m_active = false;
};

} // namespace gatehouse
