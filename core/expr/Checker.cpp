#include "Checker.h"

#include "ExprDiagnostic.h"
#include "ParseCache.h"
#include "Printer.h"
#include "Suggestions.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

CheckResult Checker::checkText(const Project &project, const CheckContext &context,
                               const QString &source)
{
    const ParseCache::Parsed parsed = ParseCache::parseShared(source);
    if (!parsed->ok())
        return CheckResult{{}, {*parsed->error}};
    return Checker(project, context).check(*parsed->root);
}

CheckResult Checker::check(const Node &root)
{
    m_diagnostics.clear();
    const Type type = typeOf(root);
    if (type)
        checkExpected(root, *type);
    return CheckResult{type.value_or(ValueType::empty()), m_diagnostics};
}

void Checker::checkExpected(const Node &root, const ValueType &type)
{
    if (!m_context.expected || type.fits(*m_context.expected))
        return;
    error(root, u"type-mismatch"_s,
          u"%1 is %2, but %3 needs %4"_s.arg(text(root), type.describe(), m_context.expectedBy,
                                             m_context.expected->describe()));
}

Checker::Type Checker::typeOf(const Node &node)
{
    switch (node.kind) {
    case NodeKind::TextLiteral:
        return ValueType::text();
    case NodeKind::NumberLiteral:
        return ValueType::number();
    case NodeKind::YesNoLiteral:
        return ValueType::yesNo();
    case NodeKind::EmptyLiteral:
        return ValueType::empty();
    case NodeKind::CurrentUser:
        return ValueType::thing(DataType::userTypeName());
    case NodeKind::CurrentDateTime:
        return ValueType::date();
    case NodeKind::This:
        return typeOfThis(node);
    case NodeKind::Parameter:
        return typeOfParameter(node);
    case NodeKind::StepResult:
        return typeOfStep(node);
    case NodeKind::Search:
        return typeOfSearch(node);
    case NodeKind::SearchField:
        return error(node, u"misplaced-field"_s, u"a field stands alone"_s);
    case NodeKind::Field:
        return typeOfField(node);
    case NodeKind::ListOperation:
        return typeOfListOperation(node);
    case NodeKind::Comparison: {
        const Type left = typeOf(node.child(0));
        return left ? typeOfComparison(node, *left) : std::nullopt;
    }
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Not:
        return typeOfLogic(node);
    }
    return std::nullopt;
}

Checker::Type Checker::typeOfThis(const Node &node)
{
    if (m_context.thisType.isEmpty())
        return error(node, u"no-this"_s, u"there is no `This` thing here"_s,
                     u"`This` is the thing a privacy rule or a change to a list is about"_s);
    const DataType *type = m_schema.resolveType(node.name);
    if (!type || type->name != m_context.thisType)
        return error(
            node, u"wrong-this"_s,
            u"%1 is not available here: `This` is a %2"_s.arg(text(node), m_context.thisType),
            u"write `This %1`"_s.arg(m_context.thisType));
    return ValueType::thing(type->name);
}

Checker::Type Checker::typeOfParameter(const Node &node)
{
    if (!m_context.hasParameters)
        return error(
            node, u"unknown-name"_s, u"unknown name %1"_s.arg(tick(node.name)),
            u"a privacy rule has no parameters; start from `This %1` or `Current User`"_s.arg(
                m_context.thisType));
    QStringList keys;
    for (const Parameter &parameter : m_context.parameters) {
        if (parameter.key == node.name)
            return ValueType::of(parameter.type);
        keys.append(parameter.key);
    }
    QString help = Suggestions::didYouMean(node.name, keys);
    if (help.isEmpty())
        help = keys.isEmpty() ? u"this workflow takes no parameters"_s
                              : u"this workflow takes %1"_s.arg(keys.join(u", "_s));
    return error(node, u"unknown-parameter"_s,
                 u"no parameter %1 in this workflow"_s.arg(tick(node.name)), help);
}

Checker::Type Checker::typeOfStep(const Node &node)
{
    const int before = static_cast<int>(m_context.previousSteps.size());
    if (node.step > before) {
        QString help = u"no step comes before this point"_s;
        if (before == 1)
            help = u"only step 1 comes before this point"_s;
        else if (before > 1)
            help = u"steps 1 to %1 come before this point"_s.arg(before);
        return error(node, u"no-such-step"_s,
                     u"step %1 does not come before this point"_s.arg(node.step), help);
    }
    const Action &action = m_context.previousSteps.at(node.step - 1);
    const std::optional<ValueType> type = Schema::stepResultType(action);
    if (!type)
        return error(
            node, u"no-result"_s,
            u"step %1 (%2) gives no result"_s.arg(node.step).arg(action.info().displayName));
    return type;
}

Checker::Type Checker::typeOfSearch(const Node &node)
{
    const DataType *type = m_schema.resolveType(node.name);
    if (!type)
        return error(node, u"unknown-type"_s, u"no data type %1"_s.arg(tick(node.name)),
                     Suggestions::didYouMean(node.name, m_schema.typeNames()));
    bool ok = true;
    for (const NodePtr &constraint : node.children) {
        const Node &field = constraint->child(0);
        const Type fieldType = resolveField(type->name, field.name, field);
        ok = fieldType && typeOfComparison(*constraint, *fieldType) && ok;
    }
    if (!ok)
        return std::nullopt;
    return ValueType::listOf(ValueType::thing(type->name));
}

Checker::Type Checker::resolveField(const QString &typeName, const QString &written,
                                    const Node &node)
{
    if (const auto field = m_schema.resolveField(typeName, written)) {
        if (m_fieldOwners)
            m_fieldOwners->insert(&node, typeName);
        return ValueType::of(field->type);
    }
    if (!m_schema.resolveType(typeName))
        return error(node, u"unknown-type"_s, u"no data type %1"_s.arg(tick(typeName)));
    return error(node, u"unknown-field"_s,
                 u"no field %1 on %2"_s.arg(tick(written), tick(typeName)),
                 Suggestions::didYouMean(written, m_schema.fieldNames(typeName)));
}

Checker::Type Checker::typeOfField(const Node &node)
{
    const Type base = typeOf(node.child(0));
    if (!base)
        return std::nullopt;
    if (base->kind != ValueType::Kind::Thing)
        return error(node, u"not-a-thing"_s,
                     u"%1 is %2 and has no fields"_s.arg(text(node.child(0)), base->describe()));
    const Type field = resolveField(base->typeName, node.name, node);
    if (!field || !base->isList)
        return field;
    return ValueType::listOf(field->element());
}

Checker::Type Checker::typeOfListOperation(const Node &node)
{
    const Type base = typeOf(node.child(0));
    if (!base)
        return std::nullopt;
    if (!base->isList)
        return error(node, u"not-a-list"_s,
                     u"`:%1` needs a list, but %2 is %3"_s.arg(
                         listOpText(node.listOp), text(node.child(0)), base->describe()));
    return node.listOp == ListOp::Count ? ValueType::number() : base->element();
}

Checker::Type Checker::typeOfComparison(const Node &node, const ValueType &left)
{
    const Type right = typeOf(node.child(1));
    if (!right)
        return std::nullopt;
    const QString op = tick(compareOpText(node.compare));
    const QString leftText = text(node.child(0));
    const QString rightText = text(node.child(1));
    const auto mismatch = [&](const ValueType &a, const ValueType &b) {
        return error(node, u"type-mismatch"_s,
                     u"cannot compare %1 (%2) with %3 (%4)"_s.arg(leftText, a.displayName(),
                                                                  rightText, b.displayName()));
    };
    switch (node.compare) {
    case CompareOp::Is:
    case CompareOp::IsNot:
        return ValueType::comparable(left, *right) ? Type(ValueType::yesNo())
                                                   : mismatch(left, *right);
    case CompareOp::Greater:
    case CompareOp::Less:
    case CompareOp::GreaterOrEqual:
    case CompareOp::LessOrEqual:
        for (const auto &[side, sideText] :
             {std::pair{left, leftText}, std::pair{*right, rightText}}) {
            const bool ordered =
                side.isEmpty() || (!side.isList && (side.kind == ValueType::Kind::Number ||
                                                    side.kind == ValueType::Kind::Date));
            if (!ordered)
                return error(node, u"type-mismatch"_s,
                             u"%1 compares numbers or dates, but %2 is %3"_s.arg(op, sideText,
                                                                                 side.describe()));
        }
        return ValueType::comparable(left, *right) ? Type(ValueType::yesNo())
                                                   : mismatch(left, *right);
    case CompareOp::Contains:
    case CompareOp::DoesNotContain:
        if (left.isList)
            return ValueType::comparable(left.element(), *right) ? Type(ValueType::yesNo())
                                                                 : mismatch(left.element(), *right);
        if (left.isTextual() || left.isEmpty())
            return right->isTextual() || right->isEmpty() ? Type(ValueType::yesNo())
                                                          : mismatch(left, *right);
        return error(node, u"type-mismatch"_s,
                     u"%1 needs text or a list on its left, but %2 is %3"_s.arg(op, leftText,
                                                                                left.describe()));
    case CompareOp::IsIn:
        if (!right->isList && !right->isEmpty())
            return error(node, u"type-mismatch"_s,
                         u"%1 needs a list on its right, but %2 is %3"_s.arg(op, rightText,
                                                                             right->describe()));
        return ValueType::comparable(left, right->element()) ? Type(ValueType::yesNo())
                                                             : mismatch(left, right->element());
    }
    return std::nullopt;
}

Checker::Type Checker::typeOfLogic(const Node &node)
{
    const QString op = node.kind == NodeKind::And  ? u"`and`"_s
                       : node.kind == NodeKind::Or ? u"`or`"_s
                                                   : u"`not`"_s;
    bool ok = true;
    for (const NodePtr &child : node.children) {
        const Type type = typeOf(*child);
        if (type && !type->fits(ValueType::yesNo())) {
            error(
                *child, u"type-mismatch"_s,
                u"%1 needs yes/no values, but %2 is %3"_s.arg(op, text(*child), type->describe()));
        }
        ok = ok && type && type->fits(ValueType::yesNo());
    }
    return ok ? Type(ValueType::yesNo()) : std::nullopt;
}

Checker::Type Checker::error(const Node &node, const QString &code, const QString &message,
                             const QString &help)
{
    m_diagnostics.append(makeDiagnostic(code, message, node.span, help));
    return std::nullopt;
}

QString Checker::text(const Node &node)
{
    return tick(Printer::print(node));
}

} // namespace gatehouse::expr
