#pragma once

#include "DocumentCommand.h"

namespace gatehouse {

// Adds a token just issued (its hash, never its secret) at the end of the
// project's tokens; undo removes it, so its secret stops working.
class AddToken : public DocumentCommand
{
public:
    AddToken(ProjectDocument *document, Token token);

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    Token m_token;
};

} // namespace gatehouse
