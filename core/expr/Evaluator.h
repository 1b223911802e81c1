#pragma once

#include "Ast.h"
#include "DataSource.h"
#include "Schema.h"
#include "Value.h"

#include "model/Diagnostic.h"

#include <optional>

namespace gatehouse::expr {

struct Evaluation
{
    Value value;
    std::optional<Diagnostic> error;

    bool ok() const { return !error.has_value(); }
};

// Whether a condition holds. One that errs is not met (fail closed), and the
// error says why.
struct ConditionOutcome
{
    bool met = false;
    std::optional<Diagnostic> error;
};

// Runs a tree against a data source. Any tree, checked or not, gives a value
// or an error, within Limits; it never throws.
class Evaluator
{
public:
    Evaluator(const Project &project, const DataSource &data) : m_schema(project), m_data(data) {}

    Evaluation evaluate(const Node &root);
    // yes: met; no or empty: not met; anything else or an error: not met.
    ConditionOutcome evaluateCondition(const Node &root);
    // Parses and runs a condition; an empty text always holds.
    ConditionOutcome evaluateCondition(const QString &source);

private:
    Value eval(const Node &node);
    Value evalSearch(const Node &node);
    Value evalField(const Node &node);
    Value fieldOf(const Value &base, const QString &written, const Node &node);
    Value evalListOperation(const Node &node);
    Value evalLogic(const Node &node);
    std::optional<bool> truth(const Node &node);
    Value fail(const Node &node, const QString &code, const QString &message);
    bool failed() const { return m_error.has_value(); }
    static QString describe(const Value &value);

    Schema m_schema;
    const DataSource &m_data;
    std::optional<Diagnostic> m_error;
};

} // namespace gatehouse::expr
