#pragma once

#include "expr/CheckContext.h"
#include "expr/ValueType.h"
#include "model/Diagnostic.h"
#include "model/Project.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>

namespace gatehouse {

// What the property panel asks about an expression as the user types: its
// diagnostics from the expression checker (core/expr), and the names worth
// completing.
class ExpressionChecker
{
public:
    enum class Place
    {
        WorkflowCondition,
        ActionCondition,
        ActionTarget,
        AssignmentValue,
        PrivacyRuleCondition // `dataType` names the type `This` stands for
    };

    struct Context
    {
        const Project *project = nullptr;
        int workflow = -1;
        int action = -1;
        Place place = Place::WorkflowCondition;
        QString key; // the assignment's key, for AssignmentValue
        // Keeps `project` alive for an editor that outlives the next edit
        // (a table cell's): the document replaces its snapshot on each.
        std::shared_ptr<const Project> snapshot;
        QString dataType; // the rule's type, for PrivacyRuleCondition
    };

    static Diagnostics check(const QString &text, const Context &context);
    // Parameters of the workflow, Current User and its fields, data types,
    // "Result of step N" for the steps before the current one (none in the
    // workflow's condition), and the language's words.
    static QStringList completions(const Context &context);

    // A piece of an expression built by clicking: a data source an
    // expression can start from, or one that follows another (`'s` and a
    // field, `:count`), with its text as typing it would give.
    struct Source
    {
        QString text;  // "amount", "Current User's company's name"
        QString label; // "amount", "'s name", ":count"
        expr::ValueType type;
    };
    static QList<Source> sources(const Context &context);
    // What may follow `from`: `'s` and each field of a thing (or of a list's
    // things), `:count` and `:first item` of a list.
    static QList<Source> following(const Context &context, const Source &from);
    // The type of `text` as a source, or nullopt when it does not check.
    static std::optional<expr::ValueType> typeOf(const QString &text, const Context &context);
    // What the value in an assignment must be, or nullopt for any value.
    static std::optional<expr::ValueType> expectedType(const Context &context);

private:
    static std::optional<expr::CheckContext> checkContext(const Context &context);
};

} // namespace gatehouse
