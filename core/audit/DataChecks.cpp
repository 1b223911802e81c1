#include "DataChecks.h"

#include "AuditContext.h"
#include "SensitiveNames.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
using Op = DataApiGate::Operation;

AuditFix nothingFor(const DataType &type)
{
    return {AuditFix::Kind::EveryoneElseNothing, SettingLocation::ofEveryoneElse(type.name)};
}

QStringList sensitiveViewable(const DataType &type)
{
    QStringList fields;
    for (const Field &field : type.fields) {
        const bool viewable = type.everyoneElse.viewAllFields ||
                              type.everyoneElse.viewableFields.contains(field.name);
        if (viewable && SensitiveNames::isSensitiveField(field.name))
            fields << field.name;
    }
    return fields;
}

bool anonymousFinds(const AuditContext &context, const DataType &type)
{
    return context.data(type, Op::List, Principal::anonymous()).allowed();
}

AuditCheck typeWithoutRules()
{
    return {
        {u"GH101"_s,
         u"data-api-type-without-rules"_s,
         u"A Data API type with no privacy rule that anyone may read"_s,
         Severity::Critical,
         u"The Data API exposes the type, it has no privacy rule, and its everyone-else permissions let an anonymous caller search it: anyone reads every record with GET /obj/<type>. The worst case of Bubble's data leaks; Bubble's default for a type nobody made private, so the highest severity."_s,
         {u"API1:2023"_s, u"API3:2023"_s},
         {u"P1"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const DataType &type : context.project().dataTypes) {
                if (!type.privacyRules.isEmpty() || !anonymousFinds(context, type))
                    continue;
                // Bubble's default: a type nobody made private is public.
                found << finding(
                    info,
                    u"anonymous callers may list every `%1` through the Data API; it has no privacy rule"_s
                        .arg(type.name),
                    SettingLocation::ofDataType(type.name), nothingFor(type), Severity::Critical);
            }
            return found;
        }};
}

AuditCheck everyoneElseFinds()
{
    return {
        {u"GH102"_s,
         u"everyone-else-finds-everything"_s,
         u"Everyone else may find every record of a Data API type"_s,
         Severity::High,
         u"The type has privacy rules, but its everyone-else permissions grant find in searches, so a caller no rule matches (anonymous included) lists every record through the Data API. The rules then only add; they protect nothing."_s,
         {u"API1:2023"_s},
         {u"P1"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const DataType &type : context.project().dataTypes) {
                if (!type.privacyRules.isEmpty() && anonymousFinds(context, type))
                    found << finding(
                        info,
                        u"anonymous callers may list every `%1` through the Data API"_s.arg(
                            type.name),
                        SettingLocation::ofEveryoneElse(type.name), nothingFor(type));
            }
            return found;
        }};
}

AuditCheck everyoneElseViewsSensitive()
{
    return {
        {u"GH103"_s,
         u"everyone-else-views-personal-field"_s,
         u"A personal or secret-looking field is viewable by everyone else"_s,
         Severity::High,
         u"Everyone else (any caller no rule matches, anonymous included) may view a field whose name looks personal or secret: a User's e-mail, a phone number, an IBAN, a token. Wherever such a record is reached, by a search, a thing parameter or the Data API, the field goes with it. The field names are a heuristic."_s,
         {u"API3:2023"_s},
         {u"P3"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const DataType &type : context.project().dataTypes) {
                const QStringList fields = sensitiveViewable(type);
                if (fields.isEmpty())
                    continue;
                AuditFix fix{AuditFix::Kind::HideFieldsFromEveryoneElse,
                             SettingLocation::ofEveryoneElse(type.name), fields};
                found << finding(
                    info,
                    u"everyone else may view %1 of `%2`"_s.arg(fields.join(u", "_s), type.name),
                    SettingLocation::ofEveryoneElse(type.name), fix);
            }
            return found;
        }};
}

AuditCheck everyoneElseFiles()
{
    return {
        {u"GH104"_s,
         u"everyone-else-views-files"_s,
         u"Everyone else may view attached files"_s,
         Severity::Medium,
         u"The type has file fields and its everyone-else permissions grant view attached files, so files are granted more widely than the records' rules need: any caller that reaches a record gets its files."_s,
         {u"API3:2023"_s},
         {u"P3"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const DataType &type : context.project().dataTypes) {
                bool hasFiles = false;
                for (const Field &field : type.fields)
                    hasFiles = hasFiles || field.type.kind == FieldKind::File;
                if (hasFiles && type.everyoneElse.viewAttachedFiles)
                    found << finding(info,
                                     u"everyone else may view the files of `%1`"_s.arg(type.name),
                                     SettingLocation::ofEveryoneElse(type.name),
                                     AuditFix{AuditFix::Kind::StopEveryoneElseFiles,
                                              SettingLocation::ofEveryoneElse(type.name)});
            }
            return found;
        }};
}

bool viewsWithoutFinding(const PrivacyPermissions &p)
{
    return !p.findInSearches && (p.viewAllFields || !p.viewableFields.isEmpty());
}

bool takenAsParameter(const AuditContext &context, const DataType &type)
{
    for (const Workflow &w : context.project().workflows) {
        if (!context.reachable(w) || w.ignorePrivacyRules)
            continue;
        for (const Parameter &p : w.parameters) {
            if (p.type.kind == FieldKind::Reference && p.type.referencedType == type.name)
                return true;
        }
    }
    return false;
}

AuditCheck viewWithoutFind()
{
    return {
        {u"GH105"_s,
         u"view-without-find"_s,
         u"Fields are viewable where searching is not, and a workflow takes the thing by id"_s,
         Severity::Medium,
         u"A rule (or everyone else) grants viewing fields but not find in searches, meaning to hide the records, and an exposed workflow takes such a thing as a parameter. Gatehouse's Data API answers a get by id of a record the caller could not find with 404, but a workflow handed the id still reads the fields the rule lets it view, so ids gathered elsewhere open records."_s,
         {u"API1:2023"_s},
         {u"P4"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const DataType &type : context.project().dataTypes) {
                if (!takenAsParameter(context, type))
                    continue;
                if (viewsWithoutFinding(type.everyoneElse))
                    found << finding(
                        info, u"everyone else may view `%1` by id but not find it"_s.arg(type.name),
                        SettingLocation::ofEveryoneElse(type.name));
                for (const PrivacyRule &rule : type.privacyRules) {
                    if (viewsWithoutFinding(rule.permissions))
                        found << finding(
                            info,
                            u"rule `%1` lets callers view `%2` by id but not find it"_s.arg(
                                rule.name, type.name),
                            SettingLocation::ofRule(type.name, rule.name));
                }
            }
            return found;
        }};
}

AuditCheck anonymousWrites()
{
    return {
        {u"GH106"_s,
         u"data-api-anonymous-writes"_s,
         u"Anonymous callers may create, change or delete through the Data API"_s,
         Severity::Critical,
         u"The engine lets a caller without a token create, modify or delete records of the type through the Data API, because everyone else holds the via-API permission. Anyone can fill, rewrite or empty the table."_s,
         {u"API1:2023"_s, u"API5:2023"_s},
         {u"P1"_s, u"P12"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const DataType &type : context.project().dataTypes) {
                QStringList ops;
                for (Op op : {Op::Create, Op::Modify, Op::Delete}) {
                    if (context.data(type, op, Principal::anonymous()).allowed())
                        ops << DataApiGate::operationName(op);
                }
                if (!ops.isEmpty())
                    found << finding(info,
                                     u"anonymous callers may %1 `%2` through the Data API"_s.arg(
                                         ops.join(u", "_s), type.name),
                                     SettingLocation::ofEveryoneElse(type.name), nothingFor(type));
            }
            return found;
        }};
}

AuditCheck dataApiUnused()
{
    return {
        {u"GH107"_s,
         u"data-api-on-unused"_s,
         u"The Data API is on with nothing needing it"_s,
         Severity::Medium,
         u"The Data API is switched on but exposes no existing type, so it serves nothing except a larger attack surface and an inventory to keep. Turn it off until a type needs it."_s,
         {u"API8:2023"_s, u"API9:2023"_s},
         {u"P12"_s}},
        [](const AuditContext &context, const CheckInfo &info) -> QList<Finding> {
            const ProjectSettings &s = context.project().settings;
            if (!s.dataApiEnabled)
                return {};
            for (const DataType &type : context.project().dataTypes) {
                if (context.dataReachable(type))
                    return {};
            }
            const auto at = SettingLocation::ofSetting(u"dataApiEnabled"_s);
            return {finding(info, u"the Data API is on and exposes no type"_s, at,
                            AuditFix{AuditFix::Kind::TurnOffSetting, at})};
        }};
}

AuditCheck workflowApiUnused()
{
    return {
        {u"GH108"_s,
         u"workflow-api-on-unused"_s,
         u"The Workflow API is on with nothing needing it"_s,
         Severity::Medium,
         u"The Workflow API is switched on but no workflow is exposed, so nothing needs it. Turn it off until one does; internal workflows run by scheduling are not affected."_s,
         {u"API8:2023"_s, u"API9:2023"_s},
         {u"P12"_s}},
        [](const AuditContext &context, const CheckInfo &info) -> QList<Finding> {
            if (!context.project().settings.workflowApiEnabled)
                return {};
            for (const Workflow &w : context.project().workflows) {
                if (context.reachable(w))
                    return {};
            }
            const auto at = SettingLocation::ofSetting(u"workflowApiEnabled"_s);
            return {finding(info, u"the Workflow API is on and exposes no workflow"_s, at,
                            AuditFix{AuditFix::Kind::TurnOffSetting, at})};
        }};
}

AuditCheck typeOnlyAdmins()
{
    return {
        {u"GH109"_s,
         u"data-api-type-unused"_s,
         u"A Data API type that only admin tokens can use"_s,
         Severity::Low,
         u"The Data API exposes the type, but the engine refuses every operation to anonymous callers and to every test user: no rule grants anything through the API. Only admin tokens reach it, and they need no exposure to be dangerous. Stop exposing it unless an admin integration needs it."_s,
         {u"API9:2023"_s},
         {u"P12"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const DataType &type : context.project().dataTypes) {
                if (!context.dataReachable(type))
                    continue;
                bool used = false;
                for (const Principal &p : context.principals()) {
                    for (Op op : {Op::List, Op::Create, Op::Modify, Op::Delete})
                        used = used ||
                               context.data(type, op, p).verdict != AccessAnswer::Verdict::Refused;
                }
                if (!used)
                    found << finding(
                        info,
                        u"only admin tokens may use `%1` through the Data API"_s.arg(type.name),
                        SettingLocation::ofSetting(u"dataApiTypes"_s),
                        AuditFix{AuditFix::Kind::RemoveDataApiType,
                                 SettingLocation::ofDataType(type.name)});
            }
            return found;
        }};
}
} // namespace

QList<AuditCheck> DataChecks::all()
{
    return {typeWithoutRules(),  everyoneElseFinds(), everyoneElseViewsSensitive(),
            everyoneElseFiles(), viewWithoutFind(),   anonymousWrites(),
            dataApiUnused(),     workflowApiUnused(), typeOnlyAdmins()};
}

} // namespace gatehouse::audit
