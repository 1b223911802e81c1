#pragma once

#include "model/Project.h"

namespace gatehouse {

// The rule the records table keeps for a test user's e-mail address: one
// each, no two users the same (case aside), as Bubble's User type.
class UserEmails
{
public:
    // Why `user`'s address cannot be kept ("email: another user has ..."), or empty.
    static QString problem(const Project &project, const Record &user);
    // An address no user has: new-user@example.com, new-user-2@... and so on.
    static QString unused(const Project &project);
};

} // namespace gatehouse
