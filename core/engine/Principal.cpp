#include "Principal.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString Principal::describe() const
{
    switch (kind) {
    case Kind::Anonymous:
        return u"anonymous"_s;
    case Kind::User:
        return u"user `%1` (token `%2`, %3)"_s.arg(userEmail.isEmpty() ? userId : userEmail,
                                                   tokenName, tokenPrefix);
    case Kind::Admin:
        return u"admin token `%1` (%2)"_s.arg(tokenName, tokenPrefix);
    }
    return {};
}

} // namespace gatehouse
