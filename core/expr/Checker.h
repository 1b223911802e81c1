#pragma once

#include "Ast.h"
#include "CheckContext.h"
#include "Schema.h"

#include "model/Diagnostic.h"

#include <QHash>

namespace gatehouse::expr {

// The type of a checked expression and every problem found in it. An
// expression with an error must not run.
struct CheckResult
{
    ValueType type;
    Diagnostics diagnostics;

    bool ok() const { return diagnostics.isEmpty(); }
};

// Checks an expression against the project and its place before anything
// runs: names that exist, types that fit, `This` and steps that are there.
class Checker
{
public:
    Checker(const Project &project, const CheckContext &context)
        : m_schema(project), m_context(context)
    {
    }

    CheckResult check(const Node &root);
    // Where to note, for every field node that resolves, the data type it is
    // a field of (as the model names it), so a rename can find its fields.
    void setFieldOwners(QHash<const Node *, QString> *owners) { m_fieldOwners = owners; }
    // Parses and checks; a syntax error is the one diagnostic then.
    static CheckResult checkText(const Project &project, const CheckContext &context,
                                 const QString &source);

private:
    using Type = std::optional<ValueType>; // nullopt: an error was reported
    Type typeOf(const Node &node);
    Type typeOfThis(const Node &node);
    Type typeOfParameter(const Node &node);
    Type typeOfStep(const Node &node);
    Type typeOfSearch(const Node &node);
    Type typeOfField(const Node &node);
    Type typeOfListOperation(const Node &node);
    Type typeOfComparison(const Node &node, const ValueType &left);
    Type typeOfLogic(const Node &node);
    Type resolveField(const QString &typeName, const QString &written, const Node &node);
    void checkExpected(const Node &root, const ValueType &type);
    Type error(const Node &node, const QString &code, const QString &message,
               const QString &help = {});
    static QString text(const Node &node);

    Schema m_schema;
    const CheckContext &m_context;
    Diagnostics m_diagnostics;
    QHash<const Node *, QString> *m_fieldOwners = nullptr;
};

} // namespace gatehouse::expr
