#include "Keywords.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

namespace {
bool containsWord(const QStringList &words, const QString &word)
{
    return words.contains(word, Qt::CaseInsensitive);
}
} // namespace

bool Keywords::endsName(const QString &word)
{
    static const QStringList words{u"is"_s,       u"and"_s,     u"or"_s,   u"not"_s,
                                   u"contains"_s, u"doesn't"_s, u"where"_s};
    return containsWord(words, word);
}

bool Keywords::startsValue(const QString &word)
{
    static const QStringList words{u"yes"_s,  u"no"_s,     u"empty"_s, u"current"_s,
                                   u"this"_s, u"result"_s, u"search"_s};
    return containsWord(words, word) || endsName(word);
}

bool Keywords::isPlainWords(const QString &name)
{
    const QStringList words = name.split(u' ');
    for (const QString &word : words) {
        if (word.isEmpty() || endsName(word))
            return false;
        const bool allDigits =
            std::all_of(word.begin(), word.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (allDigits && &word != &words.first())
            continue;
        if (!word.at(0).isLetter() && word.at(0) != u'_')
            return false;
        for (const QChar c : word) {
            if (!c.isLetterOrNumber() && c != u'_' && c != u'-')
                return false;
        }
    }
    return true;
}

QString Keywords::writeName(const QString &name)
{
    if (!name.isEmpty() && !name.contains(u'`') && isPlainWords(name))
        return name;
    return u'`' + name + u'`';
}

QString Keywords::writeParameter(const QString &key)
{
    if (!key.isEmpty() && !key.contains(u' ') && isPlainWords(key) && !startsValue(key))
        return key;
    return u'`' + key + u'`';
}

} // namespace gatehouse::expr
