#include "ExpressionFacts.h"

#include "expr/Evaluator.h"
#include "expr/InMemoryDataSource.h"
#include "expr/ParseCache.h"

namespace gatehouse::audit {

using expr::Node;
using expr::NodeKind;

namespace {
struct Walker
{
    bool currentUser = false;
    bool searches = false;
    bool variable = false;
    QStringList parameters;
    QStringList texts;
    QStringList fields;

    void visit(const Node &node)
    {
        switch (node.kind) {
        case NodeKind::CurrentUser:
            currentUser = variable = true;
            break;
        case NodeKind::Parameter:
            parameters << node.name;
            variable = true;
            break;
        case NodeKind::Search:
            searches = variable = true;
            break;
        case NodeKind::This:
        case NodeKind::StepResult:
        case NodeKind::CurrentDateTime:
            variable = true;
            break;
        case NodeKind::TextLiteral:
            texts << node.name;
            break;
        case NodeKind::Field:
        case NodeKind::SearchField:
            fields << node.name;
            break;
        default:
            break;
        }
        for (const auto &child : node.children)
            visit(*child);
    }
};
} // namespace

ExpressionFacts::ExpressionFacts(const QString &source)
{
    const expr::ParseCache::Parsed parsed = expr::ParseCache::parseShared(source);
    m_parses = parsed->ok();
    if (!m_parses)
        return;
    Walker walker;
    walker.visit(*parsed->root);
    m_currentUser = walker.currentUser;
    m_searches = walker.searches;
    m_variable = walker.variable;
    m_parameters = walker.parameters;
    m_texts = walker.texts;
    m_fields = walker.fields;
}

bool ExpressionFacts::alwaysHolds(const Project &project, const QString &condition)
{
    if (condition.trimmed().isEmpty())
        return false; // no condition is another check's business
    const ExpressionFacts facts(condition);
    if (!facts.isConstant())
        return false;
    const expr::InMemoryDataSource nothing(project);
    expr::Evaluator evaluator(project, nothing);
    return evaluator.evaluateCondition(condition).met;
}

} // namespace gatehouse::audit
