#include "TokenUsage.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

bool TokenUsage::madeWith(const QString &tokenName, const RequestLogEntry &entry)
{
    const QString quoted = u"token `"_s + tokenName + u'`';
    return entry.principal.startsWith(u"admin "_s + quoted + u" ("_s) ||
           (entry.principal.startsWith(u"user `"_s) &&
            entry.principal.contains(u"("_s + quoted + u", "_s));
}

QList<TokenUsage::Call> TokenUsage::of(const QString &tokenName,
                                       const QList<RequestLogEntry> &entries)
{
    QList<Call> calls;
    QHash<QString, int> index;
    for (const RequestLogEntry &entry : entries) {
        if (!madeWith(tokenName, entry))
            continue;
        const QString key = entry.method + u' ' + entry.path;
        auto found = index.constFind(key);
        if (found == index.cend()) {
            found = index.insert(key, int(calls.size()));
            Call call;
            call.method = entry.method;
            call.path = entry.path;
            calls.append(call);
        }
        Call &call = calls[*found];
        ++call.count;
        if (!call.last.isValid() || entry.time >= call.last) {
            call.last = entry.time;
            call.lastStatus = entry.status;
        }
    }
    std::stable_sort(calls.begin(), calls.end(),
                     [](const Call &a, const Call &b) { return a.count > b.count; });
    return calls;
}

} // namespace gatehouse
