#include "TokenUseScopes.h"

#include "Reachability.h"
#include "Route.h"
#include "ScopeCeiling.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

bool TokenUseScopes::counts(const Call &call)
{
    static const QList<int> refused{401, 403, 404, 429};
    return call.status > 0 && call.status < 500 && !refused.contains(call.status);
}

TokenScopes TokenUseScopes::narrowed(const Project &project, const TokenScopes &declared,
                                     const QList<Call> &calls)
{
    TokenScopes used;
    used.allWorkflows = false;
    used.allDataTypes = false;
    used.privateFiles = declared.privateFiles; // the log does not say which fields were read
    QList<DataTypeScope> dataCalls;
    for (const Call &call : calls) {
        if (!counts(call))
            continue;
        const Route route = Route::parse(call.path);
        if (route.kind == Route::Kind::Workflow && project.findWorkflow(route.name)) {
            if (!used.workflows.contains(route.name))
                used.workflows << route.name;
        } else {
            addDataCall(project, call, dataCalls);
        }
    }
    // A token that only called workflows keeps the house reading: its data
    // scope is what those workflows do, and follows them when they change.
    if (dataCalls.isEmpty() && !used.workflows.isEmpty() && declared.allDataTypes) {
        used.allDataTypes = true;
        return within(project, used, declared);
    }
    // The workflows' own data operations stay allowed, or narrowing would
    // break the calls it is meant to keep.
    TokenScopes fromWorkflows = used;
    fromWorkflows.allDataTypes = true;
    used.dataTypes = ScopeCeiling::effective(project, fromWorkflows).dataTypes;
    for (const DataTypeScope &scope : dataCalls) {
        DataTypeScope &into = ScopeCeiling::scopeFor(scope.dataType, used.dataTypes);
        into.find |= scope.find;
        into.view |= scope.view;
        into.create |= scope.create;
        into.modify |= scope.modify;
        into.remove |= scope.remove;
    }
    return within(project, used, declared);
}

void TokenUseScopes::addDataCall(const Project &project, const Call &call,
                                 QList<DataTypeScope> &into)
{
    const Route route = Route::parse(call.path);
    const bool collection = route.kind == Route::Kind::DataCollection;
    const bool item = route.kind == Route::Kind::DataItem;
    const bool bulk = route.kind == Route::Kind::DataBulk;
    if (!collection && !item && !bulk)
        return;
    const DataType *type = Reachability::dataApiType(project, route.name);
    if (!type)
        return;
    DataTypeScope &scope = ScopeCeiling::scopeFor(type->name, into);
    const QString method = call.method.toUpper();
    if (method == u"GET"_s && collection)
        scope.find = true;
    else if (method == u"GET"_s && item)
        scope.view = true;
    else if (method == u"POST"_s && (collection || bulk))
        scope.create = true;
    else if (method == u"PATCH"_s || method == u"PUT"_s)
        scope.modify = true;
    else if (method == u"DELETE"_s)
        scope.remove = true;
}

TokenScopes TokenUseScopes::within(const Project &project, TokenScopes used,
                                   const TokenScopes &declared)
{
    if (!declared.allWorkflows) {
        QStringList kept;
        for (const QString &workflow : std::as_const(used.workflows)) {
            if (declared.workflows.contains(workflow))
                kept << workflow;
        }
        used.workflows = kept;
    }
    const TokenScopes held = ScopeCeiling::effective(project, declared);
    if (held.allDataTypes || used.allDataTypes)
        return used;
    QList<DataTypeScope> kept;
    for (const DataTypeScope &scope : std::as_const(used.dataTypes)) {
        for (const DataTypeScope &allowed : held.dataTypes) {
            if (allowed.dataType != scope.dataType)
                continue;
            const DataTypeScope both{scope.dataType,
                                     scope.find && allowed.find,
                                     scope.view && allowed.view,
                                     scope.create && allowed.create,
                                     scope.modify && allowed.modify,
                                     scope.remove && allowed.remove};
            if (both.grantsAny())
                kept << both;
        }
    }
    used.dataTypes = kept;
    return used;
}

} // namespace gatehouse
