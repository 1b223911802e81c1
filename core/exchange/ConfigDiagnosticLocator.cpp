#include "ConfigDiagnosticLocator.h"

#include "JsonPath.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// Where a location names one item of a list: the item's index (the last of
// that name, since a duplicate is reported on the later one) and the rest of
// the location after ", ".
struct Match
{
    qsizetype index = -1;
    QString rest;
};

template <typename Item, typename NameOf>
Match matchItem(const QString &location, const QString &noun, const QList<Item> &items,
                NameOf nameOf)
{
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QString prefix = noun + u" `"_s + nameOf(items.at(i)) + u'`';
        if (location == prefix)
            return {i, {}};
        if (location.startsWith(prefix + u", "_s))
            return {i, location.mid(prefix.size() + 2)};
    }
    return {};
}

bool isAboutTheName(const Diagnostic &diagnostic)
{
    static const QStringList nameCodes{u"duplicate-name"_s, u"invalid-name"_s, u"reserved-name"_s,
                                       u"empty-name"_s};
    return nameCodes.contains(diagnostic.code);
}

// `path` plus `.leaf` when the diagnostic is about the item's name.
QString withName(const QString &path, const Diagnostic &diagnostic, const QString &leaf)
{
    return isAboutTheName(diagnostic) ? JsonPath::member(path, leaf) : path;
}
} // namespace

QString ConfigDiagnosticLocator::pathOf(const Project &project, const Diagnostic &diagnostic)
{
    const QString root = JsonPath::root();
    const QString &location = diagnostic.location;
    if (location == u"project"_s)
        return JsonPath::member(root, u"name"_s);
    if (location == u"settings"_s) {
        const QString settings = JsonPath::member(root, u"settings"_s);
        const bool aboutTypes =
            diagnostic.code == u"dangling-reference"_s || diagnostic.code == u"duplicate-name"_s;
        return aboutTypes ? JsonPath::member(settings, u"dataApiTypes"_s) : settings;
    }
    if (location == u"data types"_s)
        return JsonPath::member(root, u"dataTypes"_s);
    for (auto locate : {&dataTypePath, &workflowPath, &tokenPath, &recordPath, &savedRequestPath,
                        &acceptedFindingPath}) {
        const QString path = locate(project, diagnostic);
        if (!path.isEmpty())
            return path;
    }
    return root;
}

QString ConfigDiagnosticLocator::dataTypePath(const Project &project, const Diagnostic &diagnostic)
{
    const Match type = matchItem(diagnostic.location, u"data type"_s, project.dataTypes,
                                 [](const DataType &t) { return t.name; });
    if (type.index < 0)
        return {};
    const DataType &dataType = project.dataTypes.at(type.index);
    const QString path = JsonPath::element(u"$.dataTypes"_s, type.index);
    if (type.rest.isEmpty())
        return withName(path, diagnostic, u"name"_s);
    if (type.rest == u"everyone else"_s)
        return JsonPath::member(path, u"everyoneElse"_s);
    const Match field =
        matchItem(type.rest, u"field"_s, dataType.fields, [](const Field &f) { return f.name; });
    if (field.index >= 0)
        return withName(JsonPath::element(path + u".fields"_s, field.index), diagnostic, u"name"_s);
    const Match rule = matchItem(type.rest, u"privacy rule"_s, dataType.privacyRules,
                                 [](const PrivacyRule &r) { return r.name; });
    if (rule.index >= 0)
        return withName(JsonPath::element(path + u".privacyRules"_s, rule.index), diagnostic,
                        u"name"_s);
    return path;
}

QString ConfigDiagnosticLocator::workflowPath(const Project &project, const Diagnostic &diagnostic)
{
    const Match workflow = matchItem(diagnostic.location, u"workflow"_s, project.workflows,
                                     [](const Workflow &w) { return w.name; });
    if (workflow.index < 0)
        return {};
    const QString path = JsonPath::element(u"$.workflows"_s, workflow.index);
    if (workflow.rest.isEmpty())
        return withName(path, diagnostic, u"name"_s);
    if (workflow.rest.startsWith(u"step "_s)) {
        bool ok = false;
        const int step = workflow.rest.mid(5).toInt(&ok);
        return ok && step > 0 ? JsonPath::element(path + u".actions"_s, step - 1) : path;
    }
    const Match parameter =
        matchItem(workflow.rest, u"parameter"_s, project.workflows.at(workflow.index).parameters,
                  [](const Parameter &p) { return p.key; });
    if (parameter.index >= 0)
        return withName(JsonPath::element(path + u".parameters"_s, parameter.index), diagnostic,
                        u"key"_s);
    return path;
}

QString ConfigDiagnosticLocator::tokenPath(const Project &project, const Diagnostic &diagnostic)
{
    const Match token = matchItem(diagnostic.location, u"token"_s, project.tokens,
                                  [](const Token &t) { return t.name; });
    if (token.index < 0)
        return {};
    return withName(JsonPath::element(u"$.tokens"_s, token.index), diagnostic, u"name"_s);
}

QString ConfigDiagnosticLocator::savedRequestPath(const Project &project,
                                                  const Diagnostic &diagnostic)
{
    const Match request = matchItem(diagnostic.location, u"saved request"_s, project.savedRequests,
                                    [](const SavedRequest &r) { return r.name; });
    if (request.index < 0)
        return {};
    return withName(JsonPath::element(u"$.savedRequests"_s, request.index), diagnostic, u"name"_s);
}

QString ConfigDiagnosticLocator::acceptedFindingPath(const Project &project,
                                                     const Diagnostic &diagnostic)
{
    // AcceptedFindingValidator names one as "accepted finding `check` at `path`".
    const Match accepted =
        matchItem(diagnostic.location, u"accepted finding"_s, project.acceptedFindings,
                  [](const AcceptedFinding &a) { return a.checkId + u"` at `"_s + a.settingPath; });
    if (accepted.index < 0)
        return {};
    const QString path = JsonPath::element(u"$.acceptedFindings"_s, accepted.index);
    if (diagnostic.code == u"empty-reason"_s)
        return JsonPath::member(path, u"reason"_s);
    return path;
}

QString ConfigDiagnosticLocator::recordPath(const Project &project, const Diagnostic &diagnostic)
{
    const Match record = matchItem(diagnostic.location, u"record"_s, project.records,
                                   [](const Record &r) { return r.id; });
    if (record.index < 0)
        return {};
    const QString path = JsonPath::element(u"$.records"_s, record.index);
    if (record.rest.isEmpty())
        return withName(path, diagnostic, u"id"_s);
    const QString fieldPrefix = u"field `"_s;
    if (record.rest.startsWith(fieldPrefix) && record.rest.endsWith(u'`')) {
        const QString field = record.rest.mid(fieldPrefix.size()).chopped(1);
        return JsonPath::member(path + u".values"_s, field);
    }
    return path;
}

} // namespace gatehouse
