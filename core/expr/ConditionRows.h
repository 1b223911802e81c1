#pragma once

#include "Ast.h"
#include "ValueType.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::expr {

// One row of a condition as the editor shows it: "source operator value",
// joined to the row before by `and` or `or`.
struct ConditionRow
{
    enum class Joiner
    {
        None,
        And,
        Or
    };

    Joiner joiner = Joiner::None; // None for the first row
    QString source;               // "This Transaction's Creator"
    QString op;                   // "is", "is not empty", ...; empty for a bare yes/no
    QString value;                // "Current User"; empty for "is empty" and a bare yes/no

    bool operator==(const ConditionRow &) const = default;
};

using ConditionRowList = QList<ConditionRow>;

// Converts between a condition's tree and its rows. Rows hold comparisons
// joined by `and` and `or` (`and` binding tighter, as in the text); a tree
// with `not` or grouped parentheses has no rows and stays text.
class ConditionRows
{
public:
    // The rows, or nullopt when rows cannot hold the tree without loss.
    static std::optional<ConditionRowList> fromTree(const Node &root);
    // Parses and converts; nullopt on a syntax error or a shape rows lack.
    static std::optional<ConditionRowList> fromText(const QString &source);
    static QString toText(const ConditionRowList &rows);
    // The operators a row offers, in the editor's order.
    static QStringList operators();
    // The operators of operators() the checker accepts after a source of
    // `type`, in the same order; all of them when the type is unknown (empty).
    static QStringList operatorsFor(const ValueType &type);
    // What the value after `op` must be for a source of `type`: the source's
    // own type for `is`, its element for a list's `contains`, a list for
    // `is in`; nullopt when the operator takes no value or does not apply.
    static std::optional<ValueType> valueTypeFor(const QString &op, const ValueType &type);
    static bool takesValue(const QString &op);

private:
    static bool appendRow(const Node &node, ConditionRow::Joiner joiner, ConditionRowList &out);
};

} // namespace gatehouse::expr
