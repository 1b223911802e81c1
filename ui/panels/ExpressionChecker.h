#pragma once

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
        AssignmentValue
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
    };

    static Diagnostics check(const QString &text, const Context &context);
    // Parameters of the workflow, Current User and its fields, data types,
    // "Result of step N" for the steps before the current one (none in the
    // workflow's condition), and the language's words.
    static QStringList completions(const Context &context);

    // A data source an expression can start from, and the fields that can
    // follow its `'s`, each with its type, for building by clicking.
    struct Source
    {
        QString name;                          // "amount", "Current User", "Result of step 1"
        QString type;                          // "number", "User", ...
        QList<QPair<QString, QString>> fields; // ("email", "text")
    };
    static QList<Source> sources(const Context &context);
};

} // namespace gatehouse
