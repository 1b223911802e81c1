#pragma once

#include "ExpressionChecker.h"

#include <functional>
#include <optional>

class QMenu;
class QToolButton;
class QWidget;

namespace gatehouse {

// The menus of a dynamic expression built by clicking, as Bubble offers
// them: a data source, then `'s` and one of its fields (again and again
// through references), or a list's `:count` and `:first item`. Each choice
// is the text typing it would give.
class SourceMenu
{
public:
    using Chosen = std::function<void(const QString &text)>;

    // Fills `menu` (cleared first) with the sources of `context`. Only what
    // fits `wanted` can be chosen; a thing or a list that does not fit still
    // opens, for its fields. nullopt or the empty type: anything.
    static void fill(QMenu *menu, const ExpressionChecker::Context &context,
                     const std::optional<expr::ValueType> &wanted, const Chosen &chosen);
    // A "…" button that opens its (empty) menu at a click, named `name`.
    static QToolButton *button(QWidget *parent, const QString &name, const QString &toolTip);
    // "yes/no", "User", "list of Transaction": as the menus show a type.
    static QString label(const ExpressionChecker::Source &source);

private:
    static void addChoice(QMenu *menu, const ExpressionChecker::Context &context,
                          const ExpressionChecker::Source &source,
                          const std::optional<expr::ValueType> &wanted, const Chosen &chosen,
                          int depth);
    static void fillFollowing(QMenu *menu, const ExpressionChecker::Context &context,
                              const ExpressionChecker::Source &from,
                              const std::optional<expr::ValueType> &wanted, const Chosen &chosen,
                              int depth);
    static bool fits(const expr::ValueType &type, const std::optional<expr::ValueType> &wanted);
};

} // namespace gatehouse
