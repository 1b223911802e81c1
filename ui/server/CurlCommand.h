#pragma once

#include "RequestDraft.h"

#include "model/Result.h"

#include <QString>
#include <QStringList>

namespace gatehouse {

// A request as a curl command line, both ways. Rendering never writes a
// secret: who the call acts as becomes a shell variable the user fills
// (`$user_bob_example_com`, `$TOKEN`). Parsing reads what curl users paste
// (-X, -H, -d and its kin, --json, -G, the URL with its query, '...' and
// "..." quoting, backslash line continuations) and names any option it does
// not know instead of guessing.
class CurlCommand
{
public:
    struct Parsed
    {
        RequestDraft draft;
        // The Authorization header's value as pasted, kept apart from the
        // free headers: it is a credential, never stored.
        QString authorization;
    };

    // `authorizationVariable` empty: no Authorization header; otherwise the
    // header carries "Bearer $<variable>".
    static QString render(const RequestDraft &draft, const QString &baseUrl,
                          const QString &authorizationVariable);
    static Result<Parsed> parse(const QString &command);

    // The words of a shell command line, quotes and continuations resolved.
    static Result<QStringList> split(const QString &command);
    // `text` as one shell word in single quotes.
    static QString quoted(const QString &text);
};

} // namespace gatehouse
