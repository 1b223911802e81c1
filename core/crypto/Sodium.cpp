#include "Sodium.h"

#include <sodium.h>

namespace gatehouse {

bool Sodium::ensureInitialised()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace gatehouse
