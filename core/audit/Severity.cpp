#include "Severity.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return u"info"_s;
}

std::optional<Severity> severityFromId(const QString &id)
{
    for (Severity s :
         {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (severityId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString sarifLevel(Severity severity)
{
    if (severity >= Severity::High)
        return u"error"_s;
    return severity >= Severity::Medium ? u"warning"_s : u"note"_s;
}

} // namespace gatehouse::audit
