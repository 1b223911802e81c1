#include "DetectDataListener.h"

namespace gatehouse {

void DetectDataListener::listen(const QString &workflow)
{
    const QMutexLocker lock(&m_mutex);
    m_workflow = workflow;
    m_captured.reset();
}

void DetectDataListener::stop()
{
    const QMutexLocker lock(&m_mutex);
    m_workflow.clear();
}

bool DetectDataListener::isListening(const QString &workflow) const
{
    const QMutexLocker lock(&m_mutex);
    return !m_workflow.isEmpty() && m_workflow == workflow;
}

bool DetectDataListener::offer(const DetectedParameters &detected)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_workflow.isEmpty() || m_workflow != detected.workflow)
            return false;
        m_workflow.clear();
        m_captured = detected;
    }
    emit this->detected(detected);
    return true;
}

std::optional<DetectedParameters> DetectDataListener::captured() const
{
    const QMutexLocker lock(&m_mutex);
    return m_captured;
}

} // namespace gatehouse
