#include "ParseCache.h"

namespace gatehouse::expr {

ParseCache::ParseCache(qsizetype capacity, qsizetype characters)
    : m_capacity(capacity), m_maxCharacters(characters)
{
}

ParseCache &ParseCache::shared()
{
    static ParseCache cache;
    return cache;
}

// Parsed outside the lock, so threads asking for different texts do not wait
// for each other's parse; a text too long to keep is parsed and not kept.
ParseCache::Parsed ParseCache::parse(const QString &source)
{
    if (Parsed known = lookUp(source))
        return known;
    auto parsed = std::make_shared<const ParseResult>(Parser::parse(source));
    if (source.size() > m_maxCharacters || m_capacity <= 0)
        return parsed;
    return keep(source, std::move(parsed));
}

qsizetype ParseCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_at.size();
}

ParseCache::Parsed ParseCache::lookUp(const QString &source)
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_at.constFind(source);
    if (found == m_at.cend())
        return nullptr;
    m_entries.splice(m_entries.begin(), m_entries, *found);
    return m_entries.front().parsed;
}

// Another thread may have kept the same text meanwhile: its result is used,
// so every caller of one text shares one tree.
ParseCache::Parsed ParseCache::keep(const QString &source, Parsed parsed)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto found = m_at.constFind(source); found != m_at.cend())
        return (*found)->parsed;
    m_entries.push_front(Entry{source, std::move(parsed)});
    m_at.insert(source, m_entries.begin());
    m_characters += source.size();
    trim();
    return m_entries.front().parsed;
}

void ParseCache::trim()
{
    while (m_entries.size() > 1 &&
           (qsizetype(m_entries.size()) > m_capacity || m_characters > m_maxCharacters)) {
        m_characters -= m_entries.back().source.size();
        m_at.remove(m_entries.back().source);
        m_entries.pop_back();
    }
}

} // namespace gatehouse::expr
