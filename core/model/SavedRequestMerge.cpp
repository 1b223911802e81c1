#include "SavedRequestMerge.h"

#include "NamedMerge.h"

namespace gatehouse {

QList<SavedRequest> SavedRequestMerge::merge(const QList<SavedRequest> &base,
                                             const QList<SavedRequest> &mine,
                                             const QList<SavedRequest> &theirs)
{
    return mergeByName(base, mine, theirs,
                       [](const SavedRequest &was, const SavedRequest &here,
                          const SavedRequest &there) { return here == was ? there : here; });
}

} // namespace gatehouse
