#pragma once

#include "EngineRequest.h"

namespace gatehouse {

// application/x-www-form-urlencoded, as browsers and webhook senders write
// it in bodies and querystrings: `&`-separated `key=value`, `+` for a space,
// percent-escapes decoded as UTF-8.
class FormDecoder
{
public:
    static QueryList decode(const QByteArray &encoded);
};

} // namespace gatehouse
