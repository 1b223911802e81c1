#include "RunSecrets.h"

#include <algorithm>

namespace gatehouse {

void RunSecrets::remember(const QString &token, const QString &secret)
{
    if (token.isEmpty() || secret.isEmpty())
        return;
    if (auto known = m_secrets.find(token); known != m_secrets.end())
        known->fill(u'\0');
    m_secrets.insert(token, secret);
    emit changed();
}

QStringList RunSecrets::tokens() const
{
    QStringList names = m_secrets.keys();
    std::sort(names.begin(), names.end());
    return names;
}

void RunSecrets::forgetAll()
{
    if (m_secrets.isEmpty())
        return;
    for (QString &secret : m_secrets)
        secret.fill(u'\0');
    m_secrets.clear();
    emit changed();
}

} // namespace gatehouse
