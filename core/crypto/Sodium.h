#pragma once

namespace gatehouse {

// libsodium must be initialised once before use; every caller in core goes
// through here. Returns false only if the library cannot start (no entropy).
class Sodium
{
public:
    static bool ensureInitialised();
};

} // namespace gatehouse
