#pragma once

#include "model/Project.h"

#include <QMutex>

#include <memory>

namespace gatehouse {

// The project as the server sees it, handed across threads: the editor (or
// the command line) publishes each new snapshot; a request takes the one
// current when it starts and keeps it to the end, so it never sees half an
// edit and an edit takes effect on the next request.
class ProjectSnapshots
{
public:
    explicit ProjectSnapshots(std::shared_ptr<const Project> first);

    void publish(std::shared_ptr<const Project> snapshot);
    std::shared_ptr<const Project> current() const;

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const Project> m_current;
};

} // namespace gatehouse
