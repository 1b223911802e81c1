#pragma once

#include <QString>

#include <optional>

namespace gatehouse {

enum class FieldKind
{
    Text,
    Number,
    YesNo,
    Date,
    File,
    Reference
};

// The type of a field or a parameter: a kind, the referenced data type for a
// reference, and whether it is a list of such values.
struct FieldType
{
    FieldKind kind = FieldKind::Text;
    QString referencedType; // only for FieldKind::Reference
    bool isList = false;

    bool operator==(const FieldType &) const = default;

    // "text", "number", "yes/no", "date", "file", the type's name for a
    // reference; prefixed with "list of " for a list.
    QString displayName() const;

    static FieldType text() { return {FieldKind::Text, {}, false}; }
    static FieldType number() { return {FieldKind::Number, {}, false}; }
    static FieldType yesNo() { return {FieldKind::YesNo, {}, false}; }
    static FieldType date() { return {FieldKind::Date, {}, false}; }
    static FieldType file() { return {FieldKind::File, {}, false}; }
    static FieldType reference(const QString &type) { return {FieldKind::Reference, type, false}; }
};

// Stable identifiers of the kinds, as the config file and the project file
// write them: "text", "number", "yes_no", "date", "file", "reference".
QString fieldKindId(FieldKind kind);
std::optional<FieldKind> fieldKindFromId(const QString &id);

} // namespace gatehouse
