#pragma once

#include "FieldType.h"

#include <QString>

namespace gatehouse {

// A parameter of an API workflow: its key on the wire, its type (a list when
// type.isList) and whether the caller may leave it out.
struct Parameter
{
    QString key;
    FieldType type;
    bool optional = false;

    bool operator==(const Parameter &) const = default;
};

} // namespace gatehouse
