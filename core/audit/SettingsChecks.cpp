#include "SettingsChecks.h"

#include "AuditContext.h"
#include "ExpressionFacts.h"
#include "SensitiveNames.h"

#include <QFileInfo>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
AuditCheck swaggerOn()
{
    return {
        {u"GH401"_s,
         u"swagger-on"_s,
         u"The Swagger file is served"_s,
         Severity::Medium,
         u"/api/1.1/meta/swagger.json lists every exposed type and workflow, their parameters and which need no token, to anyone: it turns an open workflow or a leaky type into a one-step attack. Turn it off and hand the OpenAPI export to the clients that need it."_s,
         {u"API9:2023"_s, u"API8:2023"_s},
         {u"P11"_s}},
        [](const AuditContext &context, const CheckInfo &info) -> QList<Finding> {
            if (!context.project().settings.swaggerEnabled)
                return {};
            const auto at = SettingLocation::ofSetting(u"swaggerEnabled"_s);
            return {finding(info, u"the Swagger file is served without a token"_s, at,
                            AuditFix{AuditFix::Kind::TurnOffSetting, at})};
        }};
}

void scanLiterals(const QString &expression, const SettingLocation &at, const CheckInfo &info,
                  QList<Finding> &found)
{
    const ExpressionFacts facts(expression);
    for (const QString &text : facts.textLiterals()) {
        if (SensitiveNames::looksLikeKey(text))
            found << finding(info, u"%1 holds a literal that looks like a key"_s.arg(at.describe()),
                             at);
    }
}

AuditCheck secretLiteral()
{
    return {
        {u"GH402"_s,
         u"secret-literal"_s,
         u"A key written into an expression"_s,
         Severity::High,
         u"A text literal in a condition, a value or a rule looks like a live key (sk_live_, AKIA, whsec_, ghp_, xox...). It travels with every export of the config and every copy of the project, and anyone who reads them holds the key. Keep keys out of the project."_s,
         {u"API8:2023"_s},
         {u"P16"_s}},
        [](const AuditContext &context, const CheckInfo &info) {
            QList<Finding> found;
            for (const Workflow &w : context.project().workflows) {
                scanLiterals(w.condition, SettingLocation::ofWorkflow(w.name), info, found);
                for (int i = 0; i < w.actions.size(); ++i) {
                    const Action &a = w.actions[i];
                    const auto at = SettingLocation::ofStep(w.name, i);
                    scanLiterals(a.condition, at, info, found);
                    scanLiterals(a.target, at, info, found);
                    for (const Assignment &assignment : a.assignments)
                        scanLiterals(assignment.value, at, info, found);
                }
            }
            for (const DataType &type : context.project().dataTypes) {
                for (const PrivacyRule &rule : type.privacyRules)
                    scanLiterals(rule.condition, SettingLocation::ofRule(type.name, rule.name),
                                 info, found);
            }
            return found;
        }};
}

bool holdsPasswordHashes(const Project &project)
{
    for (const Record &record : project.records) {
        if (!record.passwordHash.isEmpty())
            return true;
    }
    return false;
}

AuditCheck fileReadable()
{
    return {
        {u"GH403"_s,
         u"project-file-readable"_s,
         u"The project file is readable by other users"_s,
         Severity::Medium,
         u"The .gatehouse file may be read by its group or by every user of the machine. It holds the whole definition, test data and, for test users, password hashes; Bubble's counterpart is an editor left public. High while it holds password hashes. Make it readable by its owner only (chmod 600)."_s,
         {u"API8:2023"_s},
         {u"P17"_s}},
        [](const AuditContext &context, const CheckInfo &info) -> QList<Finding> {
            const QString path = context.environment().projectFilePath;
            if (path.isEmpty() || !QFileInfo::exists(path))
                return {};
            const auto mode = QFileInfo(path).permissions();
            if (!(mode & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
                return {};
            const bool hashes = holdsPasswordHashes(context.project());
            return {finding(info,
                            u"%1 is readable by other users%2"_s.arg(
                                QFileInfo(path).fileName(),
                                hashes ? u" and holds password hashes"_s : QString()),
                            SettingLocation::ofProjectFile(), std::nullopt,
                            hashes ? Severity::High : Severity::Medium)};
        }};
}

bool servesAnonymously(const AuditContext &context)
{
    for (const Workflow &w : context.project().workflows) {
        if (context.anonymousMayCall(w))
            return true;
    }
    for (const DataType &type : context.project().dataTypes) {
        if (context.data(type, DataApiGate::Operation::List, Principal::anonymous()).verdict !=
            AccessAnswer::Verdict::Refused)
            return true;
    }
    return false;
}

AuditCheck servedBeyondLoopback()
{
    return {
        {u"GH404"_s,
         u"served-beyond-loopback"_s,
         u"The test server is bound beyond this machine with public endpoints"_s,
         Severity::High,
         u"Bubble's version-test is a second, weaker environment reachable by anyone; Gatehouse's counterpart is the test server bound to an address other than loopback while workflows or data answer callers without a token. Anyone on the network then reaches test data and test users. Serve on 127.0.0.1."_s,
         {u"API9:2023"_s},
         {u"P13"_s}},
        [](const AuditContext &context, const CheckInfo &info) -> QList<Finding> {
            const QString host = context.environment().serveHost;
            if (host.isEmpty() || host == u"localhost"_s || QHostAddress(host).isLoopback() ||
                !servesAnonymously(context))
                return {};
            return {finding(info,
                            u"served on %1 with endpoints open to anonymous callers"_s.arg(host),
                            SettingLocation::ofSetting(u"serveHost"_s))};
        }};
}
} // namespace

QList<AuditCheck> SettingsChecks::all()
{
    return {swaggerOn(), secretLiteral(), fileReadable(), servedBeyondLoopback()};
}

} // namespace gatehouse::audit
