#pragma once

#include "DetectedParameters.h"

#include <QMutex>
#include <QObject>

#include <optional>

namespace gatehouse {

// The listening end of "Detect data": armed for one workflow, it takes the
// next call to that workflow's /initialize and then stops listening, as
// Bubble's popup does. The engine offers calls from the server's thread;
// `detected` is emitted there, so connect with a queued connection.
class DetectDataListener : public QObject
{
    Q_OBJECT

public:
    void listen(const QString &workflow);
    void stop();
    bool isListening(const QString &workflow) const;
    // Keeps `detected` if the listener waits for its workflow; says whether.
    bool offer(const DetectedParameters &detected);
    std::optional<DetectedParameters> captured() const;

signals:
    void detected(const gatehouse::DetectedParameters &detected);

private:
    mutable QMutex m_mutex;
    QString m_workflow; // empty: not listening
    std::optional<DetectedParameters> m_captured;
};

} // namespace gatehouse
