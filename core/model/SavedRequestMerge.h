#pragma once

#include "SavedRequest.h"

#include <QList>

namespace gatehouse {

// The editor's saved requests and those `gatehouse-cli suite add` (or
// another editor) wrote to the same file, by name (NamedMerge): a request
// made or removed on either side stays so, and a request changed on one
// side only takes that change; changed on both, the editor's stands.
class SavedRequestMerge
{
public:
    static QList<SavedRequest> merge(const QList<SavedRequest> &base,
                                     const QList<SavedRequest> &mine,
                                     const QList<SavedRequest> &theirs);
};

} // namespace gatehouse
