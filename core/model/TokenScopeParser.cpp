#include "TokenScopeParser.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
Result<DataTypeScope> dataScope(const QString &spec, const Project &project)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() != 3 || !project.findDataType(parts.at(1)))
        return Error{
            u"scope `%1`: expected data:TYPE:OPS with a data type of the project"_s.arg(spec)};
    DataTypeScope scope;
    scope.dataType = parts.at(1);
    for (const QString &op : parts.at(2).split(u',', Qt::SkipEmptyParts)) {
        if (op == u"find"_s)
            scope.find = true;
        else if (op == u"view"_s)
            scope.view = true;
        else if (op == u"read"_s) // before find and view were apart: both
            scope.find = scope.view = true;
        else if (op == u"create"_s)
            scope.create = true;
        else if (op == u"modify"_s)
            scope.modify = true;
        else if (op == u"delete"_s)
            scope.remove = true;
        else
            return Error{
                u"scope `%1`: unknown operation `%2` (find, view, create, modify, delete)"_s.arg(
                    spec, op)};
    }
    return scope;
}
} // namespace

Result<TokenScopes> TokenScopeParser::parse(const QStringList &specs, const Project &project)
{
    TokenScopes scopes;
    for (const QString &spec : specs) {
        if (spec == u"no-private-files"_s) {
            scopes.privateFiles = false;
        } else if (spec.startsWith(u"workflow:"_s)) {
            const QString name = spec.mid(9);
            if (!project.findWorkflow(name))
                return Error{u"scope `%1`: no workflow `%2`"_s.arg(spec, name)};
            scopes.allWorkflows = false;
            scopes.workflows << name;
        } else if (spec.startsWith(u"data:"_s)) {
            auto scope = dataScope(spec, project);
            if (!scope)
                return scope.error();
            scopes.allDataTypes = false;
            scopes.dataTypes << scope.value();
        } else {
            return Error{
                u"unknown scope `%1` (workflow:NAME, data:TYPE:OPS, no-private-files)"_s.arg(spec)};
        }
    }
    return scopes;
}

QString TokenScopeParser::describe(const TokenScopes &scopes)
{
    QStringList parts;
    parts << (scopes.allWorkflows ? u"all workflows"_s
                                  : u"workflows "_s + scopes.workflows.join(u", "_s));
    if (scopes.allDataTypes) {
        parts << u"all data types"_s;
    } else {
        for (const DataTypeScope &s : scopes.dataTypes) {
            parts << u"%1: %2"_s.arg(s.dataType, dataScopeOperations(s).join(u','));
        }
    }
    parts << (scopes.privateFiles ? u"private files"_s : u"no private files"_s);
    return parts.join(u"; "_s);
}

} // namespace gatehouse
