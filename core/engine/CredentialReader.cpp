#include "CredentialReader.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QByteArray kHeader = QByteArrayLiteral("Authorization");
const QString kQueryKey = u"api_token"_s;

bool isFieldWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray withoutFieldWhitespace(const QByteArray &value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isFieldWhitespace(value.at(begin)))
        ++begin;
    while (end > begin && isFieldWhitespace(value.at(end - 1)))
        --end;
    return value.mid(begin, end - begin);
}
} // namespace

bool PresentedCredential::isMalformedRequest() const
{
    return problem == Problem::DuplicateHeader || problem == Problem::DuplicateQuery;
}

QString PresentedCredential::whereText() const
{
    switch (where) {
    case Where::Header:
        return u"the Authorization header"_s;
    case Where::Query:
        return u"the api_token parameter"_s;
    case Where::Nowhere:
        break;
    }
    return u"no token"_s;
}

QString PresentedCredential::problemText() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::MalformedHeader:
        return u"the Authorization header is not `Bearer <token>`"_s;
    case Problem::EmptyQuery:
        return u"the api_token parameter is empty"_s;
    case Problem::QueryNotAccepted:
        return u"the project does not accept tokens in the querystring (api_token)"_s;
    case Problem::Conflicting:
        return u"two different tokens given, in the header and in api_token"_s;
    case Problem::DuplicateHeader:
        return u"the Authorization header is given more than once"_s;
    case Problem::DuplicateQuery:
        return u"the api_token parameter is given more than once"_s;
    }
    return {};
}

QString PresentedCredential::problemSubject() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::MalformedHeader:
    case Problem::DuplicateHeader:
        return u"the Authorization header"_s;
    case Problem::EmptyQuery:
    case Problem::DuplicateQuery:
        return u"the api_token parameter"_s;
    case Problem::QueryNotAccepted:
        return u"settings: tokens in the querystring"_s;
    case Problem::Conflicting:
        return u"the Authorization header and api_token"_s;
    }
    return {};
}

PresentedCredential CredentialReader::read(const EngineRequest &request, bool tokensInQuerystring)
{
    PresentedCredential presented;
    const int headers = countHeaders(request, kHeader);
    const int queryItems = countQueryItems(request, kQueryKey);
    if (headers > 1) {
        presented.problem = PresentedCredential::Problem::DuplicateHeader;
        return presented;
    }
    if (queryItems > 1) {
        presented.problem = PresentedCredential::Problem::DuplicateQuery;
        return presented;
    }
    QString fromHeader;
    if (headers == 1 && !readBearer(request.header(kHeader), fromHeader)) {
        presented.problem = PresentedCredential::Problem::MalformedHeader;
        return presented;
    }
    if (queryItems == 1) {
        const QString fromQuery = request.queryValue(kQueryKey);
        if (!tokensInQuerystring)
            presented.problem = PresentedCredential::Problem::QueryNotAccepted;
        else if (headers == 1 && fromQuery != fromHeader)
            presented.problem = PresentedCredential::Problem::Conflicting;
        else if (fromQuery.isEmpty())
            presented.problem = PresentedCredential::Problem::EmptyQuery;
        if (presented.isProblem())
            return presented;
        if (headers == 0) {
            presented.where = PresentedCredential::Where::Query;
            presented.secret = fromQuery;
            return presented;
        }
    }
    if (headers == 1) {
        presented.where = PresentedCredential::Where::Header;
        presented.secret = fromHeader;
    }
    return presented;
}

int CredentialReader::countHeaders(const EngineRequest &request, const QByteArray &name)
{
    int count = 0;
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

int CredentialReader::countQueryItems(const EngineRequest &request, const QString &key)
{
    int count = 0;
    for (const auto &item : request.query) {
        if (item.first == key)
            ++count;
    }
    return count;
}

bool CredentialReader::readBearer(const QByteArray &value, QString &secret)
{
    const QByteArray field = withoutFieldWhitespace(value);
    static const QByteArray scheme = QByteArrayLiteral("bearer");
    if (field.size() <= scheme.size() || field.left(scheme.size()).toLower() != scheme)
        return false;
    qsizetype start = scheme.size();
    if (field.at(start) != ' ')
        return false;
    while (start < field.size() && field.at(start) == ' ')
        ++start;
    const QByteArray token = field.mid(start);
    if (!isB64Token(token))
        return false;
    secret = QString::fromLatin1(token);
    return true;
}

// RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
bool CredentialReader::isB64Token(const QByteArray &text)
{
    qsizetype i = 0;
    const auto isTokenChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    };
    while (i < text.size() && isTokenChar(text.at(i)))
        ++i;
    if (i == 0)
        return false;
    while (i < text.size() && text.at(i) == '=')
        ++i;
    return i == text.size();
}

} // namespace gatehouse
