#include "Action.h"

namespace gatehouse {

QString Action::assignmentValue(const QString &key) const
{
    for (const Assignment &assignment : assignments) {
        if (assignment.key == key)
            return assignment.value;
    }
    return {};
}

} // namespace gatehouse
