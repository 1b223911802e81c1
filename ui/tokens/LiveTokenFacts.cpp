#include "LiveTokenFacts.h"

#include "storage/TokenFile.h"

namespace gatehouse {

LiveTokenFacts LiveTokenFacts::read(const QString &path, const QList<Token> &tokens)
{
    LiveTokenFacts facts;
    if (path.isEmpty())
        return facts;
    const TokenFile file(path);
    if (auto context = file.read()) {
        for (const Token &token : context->tokens) {
            if (token.lastUsed.isValid())
                facts.lastUse.insert(token.name, token.lastUsed);
        }
    }
    if (const auto read = file.readUserStandings(tokens))
        facts.standings = read.value();
    else
        facts.problem = read.errorMessage();
    return facts;
}

} // namespace gatehouse
