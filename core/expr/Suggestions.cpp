#include "Suggestions.h"

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

namespace {
// Names are short; a longer input gets no suggestion rather than a slow one.
constexpr qsizetype kMaxCompared = 200;
} // namespace

int Suggestions::distance(QStringView a, QStringView b)
{
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const bool same = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded();
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + !same});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString Suggestions::closest(const QString &written, const QStringList &candidates)
{
    if (written.isEmpty() || written.size() > kMaxCompared)
        return {};
    const int allowed = std::max<int>(2, static_cast<int>(written.size()) / 3);
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        if (candidate.size() > kMaxCompared)
            continue;
        const int d = distance(written, candidate);
        if (d < bestDistance && d < written.size()) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

QString Suggestions::didYouMean(const QString &written, const QStringList &candidates)
{
    const QString best = closest(written, candidates);
    return best.isEmpty() ? QString() : u"did you mean `"_s + best + u"`?"_s;
}

} // namespace gatehouse::expr
