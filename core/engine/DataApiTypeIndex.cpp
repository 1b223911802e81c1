#include "DataApiTypeIndex.h"

#include <QMutex>

#include <algorithm>
#include <vector>

namespace gatehouse {

namespace {
struct Kept
{
    QMutex mutex;
    std::vector<std::shared_ptr<const DataApiTypeIndex>> latestFirst;
};

Kept &kept()
{
    static Kept instance;
    return instance;
}
} // namespace

// Later types overwrite earlier ones: the scan answered the last match.
DataApiTypeIndex::DataApiTypeIndex(const Project &project)
    : m_types(project.dataTypes), m_exposed(project.settings.dataApiTypes)
{
    const QSet<QString> exposed(m_exposed.cbegin(), m_exposed.cend());
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (exposed.contains(m_types.at(i).name))
            m_at.insert(m_types.at(i).apiName(), i);
    }
}

bool DataApiTypeIndex::describes(const Project &project) const
{
    const QList<DataType> &types = project.dataTypes;
    const QStringList &exposed = project.settings.dataApiTypes;
    return types.constData() == m_types.constData() && types.size() == m_types.size() &&
           exposed.constData() == m_exposed.constData() && exposed.size() == m_exposed.size();
}

const DataType *DataApiTypeIndex::find(const Project &project, const QString &apiName) const
{
    const qsizetype at = m_at.value(apiName, -1);
    return at < 0 ? nullptr : &project.dataTypes.at(at);
}

std::shared_ptr<const DataApiTypeIndex> DataApiTypeIndex::of(const Project &project)
{
    Kept &all = kept();
    {
        const QMutexLocker lock(&all.mutex);
        auto &list = all.latestFirst;
        const auto found = std::find_if(
            list.begin(), list.end(), [&](const auto &index) { return index->describes(project); });
        if (found != list.end()) {
            std::rotate(list.begin(), found, found + 1);
            return list.front();
        }
    }
    auto built = std::make_shared<const DataApiTypeIndex>(project); // outside the lock
    const QMutexLocker lock(&all.mutex);
    all.latestFirst.insert(all.latestFirst.begin(), built);
    if (all.latestFirst.size() > std::size_t(kKept))
        all.latestFirst.pop_back();
    return built;
}

} // namespace gatehouse
