#pragma once

#include "model/Project.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace gatehouse {

// The types the Data API serves, by API name: what Reachability::dataApiType
// answered by scanning every type, built once for a project's types and
// settings. A Project is an immutable value shared by threads, and copies of
// it share their lists (Qt's implicit sharing), so an index is found again by
// the identity of those lists: `of` keeps the last few, each holding a copy
// of the lists it was built from, so their storage is never freed and reused
// for other contents while the index is kept (a write to a shared list copies
// it first). Thread safe.
class DataApiTypeIndex
{
public:
    explicit DataApiTypeIndex(const Project &project);

    // The index of `project`'s types and exposed list, built on first use.
    static std::shared_ptr<const DataApiTypeIndex> of(const Project &project);

    // The type of `project` (the one this index was built of) served under
    // `apiName`: the last exposed type of that API name, or null.
    const DataType *find(const Project &project, const QString &apiName) const;
    // Whether this index was built from `project`'s very lists.
    bool describes(const Project &project) const;

    static constexpr int kKept = 8; // indexes `of` keeps, the latest used first

private:
    QList<DataType> m_types;        // pinned: see above
    QStringList m_exposed;          // pinned
    QHash<QString, qsizetype> m_at; // API name -> position in m_types
};

} // namespace gatehouse
