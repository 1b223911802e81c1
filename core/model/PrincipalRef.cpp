#include "PrincipalRef.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QString kAnonymous = u"anonymous"_s;
const QString kTokenPrefix = u"token:"_s;

std::optional<PrincipalRef> refuse(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
    return std::nullopt;
}
} // namespace

QString PrincipalRef::toText() const
{
    switch (kind) {
    case Kind::Anonymous:
        return kAnonymous;
    case Kind::User:
        return name;
    case Kind::Token:
        return kTokenPrefix + name;
    }
    return kAnonymous;
}

std::optional<PrincipalRef> PrincipalRef::fromText(const QString &text, QString *error)
{
    if (text == kAnonymous)
        return anonymous();
    if (text.startsWith(kTokenPrefix)) {
        const QString tokenName = text.mid(kTokenPrefix.size());
        if (tokenName.trimmed().isEmpty())
            return refuse(error, u"`token:` needs the name of a token after it"_s);
        return token(tokenName);
    }
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at == text.size() - 1 || text.contains(u' '))
        return refuse(error, u"`%1` is neither `anonymous`, a user's e-mail address nor "
                             "`token:NAME`"_s.arg(text));
    return user(text);
}

} // namespace gatehouse
