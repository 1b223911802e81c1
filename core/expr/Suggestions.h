#pragma once

#include <QString>
#include <QStringList>

namespace gatehouse::expr {

// "Did you mean" help for a misspelt name, by edit distance, ignoring case.
class Suggestions
{
public:
    // The closest candidate, or an empty string when none is close enough.
    static QString closest(const QString &written, const QStringList &candidates);
    // "did you mean `amount`?", or an empty string.
    static QString didYouMean(const QString &written, const QStringList &candidates);
    static int distance(QStringView a, QStringView b);
};

} // namespace gatehouse::expr
