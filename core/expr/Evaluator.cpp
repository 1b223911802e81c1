#include "Evaluator.h"

#include "ExprDiagnostic.h"
#include "Limits.h"
#include "ParseCache.h"
#include "Printer.h"
#include "ValueComparison.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

Evaluation Evaluator::evaluate(const Node &root)
{
    m_error.reset();
    Value value = eval(root);
    if (failed())
        return Evaluation{{}, m_error};
    return Evaluation{value, std::nullopt};
}

ConditionOutcome Evaluator::evaluateCondition(const Node &root)
{
    m_error.reset();
    const std::optional<bool> holds = truth(root);
    if (failed())
        return ConditionOutcome{false, m_error};
    return ConditionOutcome{holds.value_or(false), std::nullopt};
}

ConditionOutcome Evaluator::evaluateCondition(const QString &source)
{
    if (source.trimmed().isEmpty())
        return ConditionOutcome{true, std::nullopt};
    const ParseCache::Parsed parsed = ParseCache::parseShared(source);
    if (!parsed->ok())
        return ConditionOutcome{false, parsed->error};
    return evaluateCondition(*parsed->root);
}

Value Evaluator::eval(const Node &node)
{
    if (failed())
        return {};
    switch (node.kind) {
    case NodeKind::TextLiteral:
        return Value::text(node.name);
    case NodeKind::NumberLiteral:
        return Value::number(node.number);
    case NodeKind::YesNoLiteral:
        return Value::yesNo(node.yes);
    case NodeKind::EmptyLiteral:
        return {};
    case NodeKind::CurrentUser: {
        const std::optional<QString> id = m_data.currentUserId();
        return id ? Value::thing(DataType::userTypeName(), *id)
                  : Value::loggedOutUser(DataType::userTypeName());
    }
    case NodeKind::CurrentDateTime:
        return Value::date(m_data.now());
    case NodeKind::This:
        return m_data.thisThing();
    case NodeKind::Parameter:
        return m_data.parameter(node.name);
    case NodeKind::StepResult:
        return m_data.stepResult(node.step);
    case NodeKind::Search:
        return evalSearch(node);
    case NodeKind::SearchField:
        return fail(node, u"misplaced-field"_s, u"a field stands alone"_s);
    case NodeKind::Field:
        return evalField(node);
    case NodeKind::ListOperation:
        return evalListOperation(node);
    case NodeKind::Comparison: {
        const Value left = eval(node.child(0));
        const Value right = eval(node.child(1));
        return failed() ? Value()
                        : Value::yesNo(ValueComparison::compare(node.compare, left, right));
    }
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Not:
        return evalLogic(node);
    }
    return {};
}

Value Evaluator::evalSearch(const Node &node)
{
    const DataType *type = m_schema.resolveType(node.name);
    if (!type)
        return fail(node, u"unknown-type"_s, u"no data type %1"_s.arg(tick(node.name)));
    QList<SearchConstraint> constraints;
    for (const NodePtr &constraint : node.children) {
        const Node &field = constraint->child(0);
        const auto resolved = m_schema.resolveField(type->name, field.name);
        if (!resolved)
            return fail(field, u"unknown-field"_s,
                        u"no field %1 on %2"_s.arg(tick(field.name), tick(type->name)));
        const Value value = eval(constraint->child(1));
        if (failed())
            return {};
        constraints.append(SearchConstraint{resolved->name, constraint->compare, value});
    }
    const Result<QStringList> ids = m_data.search(type->name, constraints);
    if (!ids)
        return fail(node, u"search-failed"_s, ids.errorMessage());
    if (ids->size() > Limits::maxListSize)
        return fail(node, u"list-too-long"_s,
                    u"the search found more than %1 things"_s.arg(Limits::maxListSize));
    QList<Value> things;
    for (const QString &id : *ids)
        things.append(Value::thing(type->name, id));
    return Value::list(things);
}

Value Evaluator::evalField(const Node &node)
{
    const Value base = eval(node.child(0));
    if (failed() || base.isEmpty())
        return {};
    if (base.kind() != Value::Kind::List)
        return fieldOf(base, node.name, node);
    QList<Value> out;
    for (const Value &item : base.items()) {
        const Value value = fieldOf(item, node.name, node);
        if (failed())
            return {};
        if (value.kind() == Value::Kind::List)
            out.append(value.items());
        else if (!value.isEmpty())
            out.append(value);
        if (out.size() > Limits::maxListSize)
            return fail(node, u"list-too-long"_s,
                        u"%1 gives more than %2 values"_s.arg(tick(Printer::print(node)))
                            .arg(Limits::maxListSize));
    }
    return Value::list(out);
}

Value Evaluator::fieldOf(const Value &base, const QString &written, const Node &node)
{
    if (base.isEmpty())
        return {};
    if (base.kind() != Value::Kind::Thing)
        return fail(node, u"not-a-thing"_s,
                    u"%1 is %2 and has no fields"_s.arg(tick(Printer::print(node.child(0))),
                                                        describe(base)));
    const auto resolved = m_schema.resolveField(base.thingType(), written);
    if (!resolved)
        return fail(node, u"unknown-field"_s,
                    u"no field %1 on %2"_s.arg(tick(written), tick(base.thingType())));
    const Result<Value> read = m_data.fieldValue(base.thingType(), base.thingId(), resolved->name);
    if (!read)
        return fail(node, u"read-failed"_s, read.errorMessage());
    const Value &value = read.value();
    if (value.kind() == Value::Kind::List && value.items().size() > Limits::maxListSize)
        return fail(
            node, u"list-too-long"_s,
            u"field %1 holds more than %2 values"_s.arg(tick(written)).arg(Limits::maxListSize));
    return value;
}

Value Evaluator::evalListOperation(const Node &node)
{
    const Value base = eval(node.child(0));
    if (failed())
        return {};
    if (base.kind() != Value::Kind::List && !base.isEmpty())
        return fail(node, u"not-a-list"_s,
                    u"`:%1` needs a list, but %2 is %3"_s.arg(listOpText(node.listOp),
                                                              tick(Printer::print(node.child(0))),
                                                              describe(base)));
    if (node.listOp == ListOp::Count)
        return Value::number(static_cast<double>(base.items().size()));
    return base.items().isEmpty() ? Value() : base.items().first();
}

Value Evaluator::evalLogic(const Node &node)
{
    if (node.kind == NodeKind::Not) {
        const std::optional<bool> operand = truth(node.child(0));
        return operand ? Value::yesNo(!*operand) : Value();
    }
    const bool isAnd = node.kind == NodeKind::And;
    for (const NodePtr &child : node.children) {
        const std::optional<bool> holds = truth(*child);
        if (!holds)
            return {};
        if (*holds != isAnd) // false in an `and`, true in an `or`, decides
            return Value::yesNo(*holds);
    }
    return Value::yesNo(isAnd);
}

std::optional<bool> Evaluator::truth(const Node &node)
{
    const Value value = eval(node);
    if (failed())
        return std::nullopt;
    if (value.kind() == Value::Kind::YesNo)
        return value.asYesNo();
    if (value.isEmpty())
        return false;
    fail(node, u"not-yes-no"_s,
         u"%1 is %2, not yes or no"_s.arg(tick(Printer::print(node)), describe(value)));
    return std::nullopt;
}

Value Evaluator::fail(const Node &node, const QString &code, const QString &message)
{
    if (!m_error)
        m_error = makeDiagnostic(code, message, node.span);
    return {};
}

QString Evaluator::describe(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Empty:
        return u"empty"_s;
    case Value::Kind::Text:
        return u"text"_s;
    case Value::Kind::Number:
        return u"a number"_s;
    case Value::Kind::YesNo:
        return u"a yes/no"_s;
    case Value::Kind::Date:
        return u"a date"_s;
    case Value::Kind::Thing:
        return u"a "_s + value.thingType();
    case Value::Kind::List:
        return u"a list"_s;
    }
    return {};
}

} // namespace gatehouse::expr
