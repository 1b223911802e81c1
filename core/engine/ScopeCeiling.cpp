#include "ScopeCeiling.h"

#include "expr/ParseCache.h"
#include "expr/Schema.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
void collectSearches(const expr::Node &node, QStringList &written)
{
    if (node.kind == expr::NodeKind::Search)
        written << node.name;
    for (const auto &child : node.children)
        collectSearches(*child, written);
}

QStringList expressionsOf(const Action &action)
{
    QStringList sources{action.condition, action.target};
    for (const Assignment &assignment : action.assignments)
        sources << assignment.value;
    return sources;
}
} // namespace

TokenScopes ScopeCeiling::effective(const Project &project, const TokenScopes &declared)
{
    if (!derivesDataScope(declared))
        return declared;
    TokenScopes scopes = declared;
    scopes.allDataTypes = false;
    scopes.dataTypes = performedBy(project, declared.workflows);
    return scopes;
}

bool ScopeCeiling::allowsWorkflow(const TokenScopes &scopes, const QString &workflow)
{
    return scopes.allWorkflows || scopes.workflows.contains(workflow);
}

QString ScopeCeiling::describeDataScope(const Project &project, const TokenScopes &declared)
{
    const TokenScopes scopes = effective(project, declared);
    if (scopes.allDataTypes)
        return u"every data type"_s;
    QStringList parts;
    for (const DataTypeScope &scope : scopes.dataTypes) {
        const QStringList ops = dataScopeOperations(scope);
        if (!ops.isEmpty())
            parts << u"%1: %2"_s.arg(scope.dataType, ops.join(u", "_s));
    }
    QString text = parts.isEmpty() ? u"no data type"_s : parts.join(u"; "_s);
    if (derivesDataScope(declared))
        text += u" (what its workflows do)"_s;
    return text;
}

QList<DataTypeScope> ScopeCeiling::performedBy(const Project &project, const QStringList &workflows)
{
    QList<DataTypeScope> scopes;
    for (const QString &name : workflows) {
        const Workflow *workflow = project.findWorkflow(name);
        if (!workflow)
            continue;
        addSearchedTypes(project, workflow->condition, scopes);
        for (const Parameter &parameter : workflow->parameters) {
            if (parameter.type.kind == FieldKind::Reference)
                scopeFor(parameter.type.referencedType, scopes).view = true;
        }
        for (const Action &action : workflow->actions) {
            for (const QString &source : expressionsOf(action))
                addSearchedTypes(project, source, scopes);
            switch (action.kind) {
            case ActionKind::CreateThing:
                scopeFor(action.dataType, scopes).create = true;
                break;
            case ActionKind::MakeChanges:
            case ActionKind::MakeChangesToList:
                scopeFor(action.dataType, scopes).modify = true;
                break;
            case ActionKind::DeleteThing:
            case ActionKind::DeleteList:
                scopeFor(action.dataType, scopes).remove = true;
                break;
            case ActionKind::SignUp:
                scopeFor(DataType::userTypeName(), scopes).create = true;
                break;
            default:
                break;
            }
        }
    }
    return scopes;
}

void ScopeCeiling::addSearchedTypes(const Project &project, const QString &expression,
                                    QList<DataTypeScope> &into)
{
    if (expression.trimmed().isEmpty())
        return;
    const expr::ParseCache::Parsed parsed = expr::ParseCache::parseShared(expression);
    if (!parsed->ok())
        return;
    QStringList written;
    collectSearches(*parsed->root, written);
    const expr::Schema schema(project);
    for (const QString &name : written) {
        if (const DataType *type = schema.resolveType(name))
            scopeFor(type->name, into).find = true;
    }
}

DataTypeScope &ScopeCeiling::scopeFor(const QString &type, QList<DataTypeScope> &scopes)
{
    for (DataTypeScope &scope : scopes) {
        if (scope.dataType == type)
            return scope;
    }
    scopes.append(DataTypeScope{type});
    return scopes.last();
}

} // namespace gatehouse
