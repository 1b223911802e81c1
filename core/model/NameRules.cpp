#include "NameRules.h"

namespace gatehouse {

namespace {
bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}
} // namespace

bool NameRules::isUrlSafe(const QString &name)
{
    if (name.isEmpty() || name.size() > maxLength)
        return false;
    for (QChar c : name) {
        if (!isAsciiLetterOrDigit(c) && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

bool NameRules::isValidTypeOrFieldName(const QString &name)
{
    if (name.isEmpty() || name.size() > maxLength || !name.at(0).isLetter())
        return false;
    if (name.back() == u' ')
        return false;
    for (QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u' ')
            return false;
    }
    return true;
}

} // namespace gatehouse
