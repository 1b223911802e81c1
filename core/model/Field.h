#pragma once

#include "FieldType.h"

#include <QString>

namespace gatehouse {

// A field the builder added to a data type.
struct Field
{
    QString name;
    FieldType type;

    bool operator==(const Field &) const = default;
};

} // namespace gatehouse
