#pragma once

#include "ValueType.h"

#include "model/Project.h"

#include <QStringList>

#include <optional>

namespace gatehouse::expr {

// The names an expression may use in a project: data types (also as a plural
// with an s) and fields (built-in ones too, and `Creator` for `Created By`).
class Schema
{
public:
    explicit Schema(const Project &project) : m_project(project) {}

    struct ResolvedField
    {
        QString name; // as the model names it: `Creator` becomes `Created By`
        FieldType type;
    };

    const DataType *resolveType(const QString &written) const;
    std::optional<ResolvedField> resolveField(const QString &typeName,
                                              const QString &written) const;
    QStringList typeNames() const;
    QStringList fieldNames(const QString &typeName) const;
    // What `Result of step N` gives for a step, or nullopt for a kind that
    // gives nothing.
    static std::optional<ValueType> stepResultType(const Action &action);
    static QString creatorAlias() { return QStringLiteral("Creator"); }

private:
    const Project &m_project;
};

} // namespace gatehouse::expr
