#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Replaces one token, found by name, by an edited copy: revoked, rotated,
// reviewed, narrowed. Undo puts the token back as it was, old secret
// included.
class ChangeToken : public DocumentCommand
{
public:
    ChangeToken(ProjectDocument *document, Token before, Token after, const QString &text);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    Result<> put(const Token &token);

    Token m_before;
    Token m_after;
};

} // namespace gatehouse
