#pragma once

#include "engine/EngineRequest.h"

#include <optional>

namespace gatehouse {

// Turns a request-target off the wire into the decoded path and query the
// engine reads: the path percent-decoded, the query as a form (`+` is a
// space). Absolute-form targets ("http://host/path") lose their authority.
class TargetDecoder
{
public:
    struct Target
    {
        QString path;
        QueryList query;
    };

    // Nothing for a target that is not a path (origin or absolute form).
    static std::optional<Target> decode(const QByteArray &target);
};

} // namespace gatehouse
