#include "RequestHistoryEntry.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
bool carriesCredential(const QString &name)
{
    const QString lower = name.toLower();
    return lower == u"authorization"_s || lower == u"cookie"_s ||
           lower == u"proxy-authorization"_s || lower.contains(u"token"_s) ||
           lower.contains(u"key"_s) || lower.contains(u"secret"_s) || lower.contains(u"password"_s);
}

bool dropCredentials(QList<std::pair<QString, QString>> &pairs)
{
    const qsizetype before = pairs.size();
    pairs.removeIf([](const auto &pair) { return carriesCredential(pair.first); });
    return pairs.size() != before;
}
} // namespace

RequestHistoryEntry RequestHistoryEntry::withoutCredentials() const
{
    RequestHistoryEntry kept = *this;
    const bool headers = dropCredentials(kept.headers);
    const bool query = dropCredentials(kept.query);
    kept.credentialNotKept = credentialNotKept || headers || query;
    return kept;
}

QString RequestHistoryEntry::principalText() const
{
    if (credentialNotKept && principal.kind == PrincipalRef::Kind::Anonymous)
        return u"pasted credential, not kept"_s;
    return principal.toText();
}

} // namespace gatehouse
