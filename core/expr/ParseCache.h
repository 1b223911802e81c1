#pragma once

#include "Parser.h"

#include <QHash>
#include <QMutex>

#include <list>
#include <memory>

namespace gatehouse::expr {

// Parsed expressions by their source text, so a condition asked on every
// request (or thousands of times by an audit's probes) is parsed once. A
// result is exactly what Parser::parse gives, errors included, shared and
// never changed: a tree evaluates read-only. Bounded: at most `capacity`
// texts and `characters` characters of them, the least recently used dropped
// first. Thread safe: the test server decides requests on many threads.
class ParseCache
{
public:
    using Parsed = std::shared_ptr<const ParseResult>;

    static constexpr qsizetype kCapacity = 4096;
    static constexpr qsizetype kCharacters = 1 << 20;

    explicit ParseCache(qsizetype capacity = kCapacity, qsizetype characters = kCharacters);
    ParseCache(const ParseCache &) = delete;
    ParseCache &operator=(const ParseCache &) = delete;

    Parsed parse(const QString &source);
    qsizetype size() const;

    // The process's cache, which the engine and the audit parse through.
    static ParseCache &shared();
    static Parsed parseShared(const QString &source) { return shared().parse(source); }

private:
    struct Entry
    {
        QString source;
        Parsed parsed;
    };
    using Entries = std::list<Entry>;

    Parsed lookUp(const QString &source);
    Parsed keep(const QString &source, Parsed parsed);
    void trim();

    const qsizetype m_capacity;
    const qsizetype m_maxCharacters;
    mutable QMutex m_mutex;
    Entries m_entries; // the most recently used first
    QHash<QString, Entries::iterator> m_at;
    qsizetype m_characters = 0;
};

} // namespace gatehouse::expr
