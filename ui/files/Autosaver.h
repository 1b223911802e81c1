#pragma once

#include <QObject>
#include <QTimer>

namespace gatehouse {

class EditorSession;

// Writes the session's unsaved edits to its recovery file: on a steady beat
// (every 30 s by default) and after a short pause in editing. A clean save
// or a normal close removes the recovery file.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(EditorSession *session, QObject *parent = nullptr);

    void setInterval(int milliseconds);
    void setIdleDelay(int milliseconds);
    // Writes now when there is something unsaved; returns whether it wrote.
    bool autosaveNow();
    // Call when the user closes the document on purpose.
    void discardRecovery();

signals:
    void autosaveFailed(const QString &message);

private:
    void onDocumentChanged();

    EditorSession *m_session;
    QTimer m_beat;
    QTimer m_idle;
    bool m_pending = false;
    bool m_written = false;
    QString m_writtenFor; // the document path whose recovery file exists
};

} // namespace gatehouse
