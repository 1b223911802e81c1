#pragma once

#include <QString>

namespace gatehouse {

// The shapes names must have. One place, so the editor, the validator and the
// importer agree.
class NameRules
{
public:
    // Workflow names and parameter keys appear in URLs: letters, digits,
    // `_` and `-`, at most 100 characters.
    static bool isUrlSafe(const QString &name);
    // Data type and field names: a letter first, then letters, digits,
    // spaces and `_`, at most 100 characters, no leading or trailing space.
    static bool isValidTypeOrFieldName(const QString &name);
    static constexpr int maxLength = 100;
};

} // namespace gatehouse
