#pragma once

#include "model/Token.h"

#include <QString>

namespace gatehouse {

class Statement;

// A token as rows: one in `tokens`, one per data type in
// `token_data_type_scopes`. Shared by the whole-project save and by the
// command line's token writes, which change only these rows.
class TokenRows
{
public:
    static QString insertTokenSql();
    static QString insertScopeSql();
    // Binds a token's row, after a reset().
    static void bindToken(Statement &statement, qint64 position, const Token &token);
    static void bindScope(Statement &statement, qint64 tokenPosition, qint64 position,
                          const DataTypeScope &scope);
};

} // namespace gatehouse
