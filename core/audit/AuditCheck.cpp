#include "AuditCheck.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

Finding finding(const CheckInfo &info, const QString &message, const SettingLocation &location,
                std::optional<AuditFix> fix, std::optional<Severity> severity)
{
    return {info.id, severity.value_or(info.severity), message, location, std::move(fix)};
}

QString owaspTitle(const QString &item)
{
    static const QHash<QString, QString> titles{
        {u"API1:2023"_s, u"Broken Object Level Authorization"_s},
        {u"API2:2023"_s, u"Broken Authentication"_s},
        {u"API3:2023"_s, u"Broken Object Property Level Authorization"_s},
        {u"API4:2023"_s, u"Unrestricted Resource Consumption"_s},
        {u"API5:2023"_s, u"Broken Function Level Authorization"_s},
        {u"API6:2023"_s, u"Unrestricted Access to Sensitive Business Flows"_s},
        {u"API7:2023"_s, u"Server Side Request Forgery"_s},
        {u"API8:2023"_s, u"Security Misconfiguration"_s},
        {u"API9:2023"_s, u"Improper Inventory Management"_s},
        {u"API10:2023"_s, u"Unsafe Consumption of APIs"_s}};
    return item + u' ' + titles.value(item);
}

} // namespace gatehouse::audit
