#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace gatehouse {

// Puts a secret on the clipboard and takes it off again after `interval`,
// unless something else was copied meanwhile. Keeps only a hash of what it
// copied, so the secret does not outlive the dialog in this object.
class ClipboardClearer : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 60 * 1000;

    explicit ClipboardClearer(QObject *parent = nullptr, int intervalMs = defaultIntervalMs);

    void copy(const QString &secret);
    int interval() const { return m_timer.interval(); }
    void setInterval(int intervalMs) { m_timer.setInterval(intervalMs); }
    bool isPending() const { return m_timer.isActive(); }

signals:
    void cleared();

private:
    void clearIfStillOurs();

    QTimer m_timer;
    QByteArray m_copiedHash;
};

} // namespace gatehouse
