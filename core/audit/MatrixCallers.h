#pragma once

#include "MatrixCaller.h"
#include "MatrixRole.h"

#include "engine/Clock.h"
#include "engine/DataStore.h"
#include "model/Project.h"

#include <QList>

namespace gatehouse::audit {

// The matrix's rows: anonymous, each test user (as if logged in, through
// Principals), each token of the project (through the authenticator), and
// each role a condition names.
class MatrixCallers
{
public:
    // `project` is the matrix's own copy: each token gets a fresh secret in
    // it, so the authenticator can be asked as a request would ask it. The
    // secrets live only in the returned requests and are never shown.
    static QList<MatrixCaller> of(Project &project, const DataStore &store, const Clock &clock);
    // A role's row: its synthetic user (MatrixRoles::userOf) as if logged in.
    static MatrixCaller role(const MatrixRole &role, const Record &user);

private:
    static MatrixCaller anonymous();
    static MatrixCaller user(const Record &record);
    static MatrixCaller token(const Project &project, const Token &token, const QString &secret,
                              const DataStore &store, const Clock &clock);
};

} // namespace gatehouse::audit
