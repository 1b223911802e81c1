#include "AddToken.h"

#include <QCoreApplication>

namespace gatehouse {

AddToken::AddToken(ProjectDocument *document, Token token)
    : DocumentCommand(document,
                      QCoreApplication::translate("Undo", "Add token %1").arg(token.name)),
      m_token(std::move(token))
{
}

Result<> AddToken::apply()
{
    return document()->insertToken(int(document()->project().tokens.size()), m_token);
}

Result<> AddToken::revert()
{
    const int index = document()->project().indexOfToken(m_token.name);
    if (index < 0)
        return Error{QStringLiteral("no token named `%1`").arg(m_token.name)};
    return document()->removeToken(index);
}

} // namespace gatehouse
