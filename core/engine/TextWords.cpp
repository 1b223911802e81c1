#include "TextWords.h"

#include <QRegularExpression>

#include <libstemmer.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};

// A stemmer is not safe to share between threads: one for each.
sb_stemmer *englishStemmer()
{
    thread_local const std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
        sb_stemmer_new("english", "UTF_8"));
    return stemmer.get();
}

// Short function words a search for meaning leaves out. Bubble does not
// publish its list; these are the common English ones.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words{
        u"a"_s,    u"an"_s,   u"and"_s,   u"are"_s,   u"as"_s,   u"at"_s,   u"be"_s,    u"but"_s,
        u"by"_s,   u"for"_s,  u"from"_s,  u"has"_s,   u"have"_s, u"he"_s,   u"her"_s,   u"his"_s,
        u"i"_s,    u"if"_s,   u"in"_s,    u"into"_s,  u"is"_s,   u"it"_s,   u"its"_s,   u"my"_s,
        u"no"_s,   u"not"_s,  u"of"_s,    u"on"_s,    u"or"_s,   u"our"_s,  u"she"_s,   u"so"_s,
        u"such"_s, u"that"_s, u"the"_s,   u"their"_s, u"them"_s, u"then"_s, u"there"_s, u"these"_s,
        u"they"_s, u"this"_s, u"those"_s, u"to"_s,    u"was"_s,  u"we"_s,   u"were"_s,  u"will"_s,
        u"with"_s, u"you"_s,  u"your"_s,
    };
    return words;
}
} // namespace

bool TextWords::isStopWord(const QString &lowerCaseWord)
{
    return stopWords().contains(lowerCaseWord);
}

QString TextWords::stem(const QString &lowerCaseWord)
{
    sb_stemmer *stemmer = englishStemmer();
    if (!stemmer)
        return lowerCaseWord;
    const QByteArray utf8 = lowerCaseWord.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed)
        return lowerCaseWord;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer));
}

QStringList TextWords::stems(const QString &text)
{
    static const QRegularExpression separators(u"[^\\w]+"_s);
    QStringList result;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (!isStopWord(word))
            result.append(stem(word));
    }
    return result;
}

bool TextWords::contains(const QString &text, const QString &words)
{
    const QStringList haystack = stems(text);
    const QStringList needles = stems(words);
    return std::all_of(needles.begin(), needles.end(),
                       [&](const QString &word) { return haystack.contains(word); });
}

} // namespace gatehouse
