#include "CurlCommand.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

const QStringList &flagsWithoutValue()
{
    // What changes only how curl prints or connects, never the request.
    static const QStringList flags{
        u"-s"_s,        u"--silent"_s,   u"-S"_s,           u"--show-error"_s, u"-i"_s,
        u"--include"_s, u"-v"_s,         u"--verbose"_s,    u"-k"_s,           u"--insecure"_s,
        u"-L"_s,        u"--location"_s, u"--compressed"_s, u"-f"_s,           u"--fail"_s};
    return flags;
}

bool isDataOption(const QString &option)
{
    return option == u"-d"_s || option == u"--data"_s || option == u"--data-raw"_s ||
           option == u"--data-binary"_s || option == u"--data-ascii"_s;
}

// "-sSL": short flags that each change nothing about the request.
bool isFlagCluster(const QString &word)
{
    if (word.size() < 3 || word.startsWith(u"--"_s) || !word.startsWith(u'-'))
        return false;
    for (const QChar c : word.mid(1)) {
        if (!flagsWithoutValue().contains(u"-"_s + c))
            return false;
    }
    return true;
}

QString compactIfJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text;
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

struct Reading
{
    CurlCommand::Parsed parsed;
    QString method;
    QString url;
    QStringList data;
    bool json = false;
    bool get = false;
    QStringList unknown;
};

Result<> takeHeader(Reading &reading, const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return Error{u"the header `%1` has no `Name: value`"_s.arg(line)};
    const QString name = line.left(colon).trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    if (name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0)
        reading.parsed.authorization = value;
    else if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0 &&
             value.startsWith(u"application/json"_s))
        reading.json = true; // the panel sends a JSON body as such
    else
        reading.parsed.draft.headers.append({name, value});
    return {};
}

// One option and, when it takes one, its value; false at the end of words.
Result<> takeOption(Reading &reading, const QString &option, const QString &value)
{
    if (option == u"-X"_s || option == u"--request"_s)
        reading.method = value.toUpper();
    else if (option == u"-H"_s || option == u"--header"_s)
        return takeHeader(reading, value);
    else if (isDataOption(option))
        reading.data.append(value);
    else if (option == u"--json"_s) {
        reading.data.append(value);
        reading.json = true;
    } else if (option == u"--url"_s)
        reading.url = value;
    else if (option == u"-A"_s || option == u"--user-agent"_s)
        reading.parsed.draft.headers.append({u"User-Agent"_s, value});
    return {};
}

bool takesValue(const QString &option)
{
    static const QStringList valued{u"-X"_s,     u"--request"_s, u"-H"_s, u"--header"_s,
                                    u"--json"_s, u"--url"_s,     u"-A"_s, u"--user-agent"_s};
    return valued.contains(option) || isDataOption(option);
}

Result<> readWords(Reading &reading, const QStringList &words)
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        QString word = words.at(i);
        QString attached;
        // -XPOST, -H'Accept: x', -d'{}': a short option with its value.
        if (word.size() > 2 && word.startsWith(u'-') && word.at(1) != u'-' &&
            takesValue(word.left(2))) {
            attached = word.mid(2);
            word = word.left(2);
        }
        if (!word.startsWith(u'-') || word == u"-"_s) {
            // An unknown option's value reads as a word too; the options
            // are named first.
            if (!reading.url.isEmpty() && reading.unknown.isEmpty())
                return Error{u"two URLs: `%1` and `%2`"_s.arg(reading.url, word)};
            if (reading.url.isEmpty())
                reading.url = word;
        } else if (word == u"-G"_s || word == u"--get"_s) {
            reading.get = true;
        } else if (flagsWithoutValue().contains(word) || isFlagCluster(word)) {
            continue;
        } else if (takesValue(word)) {
            if (attached.isEmpty() && i + 1 >= words.size())
                return Error{u"%1 needs a value"_s.arg(word)};
            if (auto taken =
                    takeOption(reading, word, attached.isEmpty() ? words.at(++i) : attached);
                !taken)
                return taken;
        } else {
            reading.unknown.append(word);
        }
    }
    return {};
}

void fillDraft(Reading &reading)
{
    RequestDraft &draft = reading.parsed.draft;
    QUrl url(reading.url.contains(u"://"_s) ? reading.url : u"http://"_s + reading.url);
    draft.path = url.path().isEmpty() ? u"/"_s : url.path();
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        draft.query.append({key, value});
    const QString data = reading.data.join(u'&');
    if (reading.get) {
        for (const auto &[key, value] : QUrlQuery(data).queryItems(QUrl::FullyDecoded))
            draft.query.append({key, value});
    } else {
        draft.bodyText = data;
        const QJsonDocument json = QJsonDocument::fromJson(data.toUtf8());
        if (json.isObject())
            draft.body = json.object();
    }
    const bool hasBody = !draft.bodyText.isEmpty();
    draft.usesQuery = !draft.query.isEmpty() && !hasBody;
    QString method = reading.method;
    if (method.isEmpty())
        method = hasBody ? u"POST"_s : u"GET"_s;
    draft.method = method.toLatin1();
}

} // namespace

QString CurlCommand::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

QString CurlCommand::render(const RequestDraft &draft, const QString &baseUrl,
                            const QString &authorizationVariable)
{
    QString url = baseUrl + draft.path;
    if (!draft.query.isEmpty())
        url += u'?' + draft.queryText();
    QStringList parts{u"curl -X "_s + QString::fromLatin1(draft.method) + u' ' + quoted(url)};
    if (!authorizationVariable.isEmpty())
        parts.append(u"-H \"Authorization: Bearer $%1\""_s.arg(authorizationVariable));
    for (const auto &[name, value] : draft.headers)
        parts.append(u"-H "_s + quoted(name + u": "_s + value));
    const QString body = draft.bodyShown().trimmed();
    if (!body.isEmpty()) {
        parts.append(u"-H 'Content-Type: application/json'"_s);
        parts.append(u"--data-raw "_s + quoted(compactIfJson(body)));
    }
    return parts.join(u" \\\n  "_s);
}

Result<CurlCommand::Parsed> CurlCommand::parse(const QString &command)
{
    const Result<QStringList> words = split(command);
    if (!words)
        return words.error();
    if (words->isEmpty() || words->first() != u"curl"_s)
        return Error{u"not a curl command: it does not start with `curl`"_s};
    Reading reading;
    if (auto read = readWords(reading, words.value()); !read)
        return read.error();
    if (!reading.unknown.isEmpty())
        return Error{u"curl options the Request panel does not know: %1"_s.arg(
            reading.unknown.join(u", "_s))};
    if (reading.url.isEmpty())
        return Error{u"the curl command has no URL"_s};
    fillDraft(reading);
    return reading.parsed;
}

Result<QStringList> CurlCommand::split(const QString &command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        const QChar next = i + 1 < command.size() ? command.at(i + 1) : QChar();
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
        } else if (quote == u'"') {
            if (c == u'"') {
                quote = QChar();
            } else if (c == u'\\' && QStringView(u"$`\"\\\n").contains(next)) {
                if (next != u'\n')
                    word += next;
                ++i;
            } else {
                word += c;
            }
        } else if (c == u'\\') {
            if (next == u'\r' && i + 2 < command.size() && command.at(i + 2) == u'\n')
                ++i; // a continuation written on Windows
            else if (next != u'\n' && !next.isNull()) {
                word += next;
                inWord = true;
            }
            ++i;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, QString()));
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return Error{u"a %1 quote is not closed"_s.arg(quote == u'\'' ? u"single"_s : u"double"_s)};
    if (inWord)
        words.append(word);
    return words;
}

} // namespace gatehouse
