#include "ProjectSnapshots.h"

namespace gatehouse {

ProjectSnapshots::ProjectSnapshots(std::shared_ptr<const Project> first)
    : m_current(std::move(first))
{
}

void ProjectSnapshots::publish(std::shared_ptr<const Project> snapshot)
{
    const QMutexLocker lock(&m_mutex);
    m_current = std::move(snapshot);
}

std::shared_ptr<const Project> ProjectSnapshots::current() const
{
    const QMutexLocker lock(&m_mutex);
    return m_current;
}

} // namespace gatehouse
