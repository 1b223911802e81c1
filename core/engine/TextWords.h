#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace gatehouse {

// The words Bubble's "text contains" compares: a text split into words,
// lower case, without English stop words, each reduced to its stem by
// Snowball's English stemmer ("peppers" -> "pepper"), so "pepper" finds
// "Red peppers" while "pepp" does not.
class TextWords
{
public:
    static QStringList stems(const QString &text);
    // Every stem of `words` is a stem of `text`.
    static bool contains(const QString &text, const QString &words);
    static bool isStopWord(const QString &lowerCaseWord);

private:
    static QString stem(const QString &lowerCaseWord);
};

} // namespace gatehouse
