#include "ChangeToken.h"

namespace gatehouse {

ChangeToken::ChangeToken(ProjectDocument *document, Token before, Token after, const QString &text)
    : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

Result<> ChangeToken::apply()
{
    return put(m_after);
}

Result<> ChangeToken::revert()
{
    return put(m_before);
}

Result<> ChangeToken::put(const Token &token)
{
    const int index = document()->project().indexOfToken(m_before.name);
    if (index < 0)
        return Error{QStringLiteral("no token named `%1`").arg(m_before.name)};
    return document()->replaceToken(index, token);
}

} // namespace gatehouse
