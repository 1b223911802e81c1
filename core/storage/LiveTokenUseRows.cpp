#include "LiveTokenUseRows.h"

#include "LiveRows.h"
#include "StorageFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<> LiveTokenUseRows::touch(const QByteArray &secretHash, const QDateTime &when)
{
    return LiveRows::change(
        m_db, u"INSERT OR REPLACE INTO live_token_uses (secret_hash, last_used) VALUES (?, ?)"_s,
        secretHash, StorageFormat::dateText(when));
}

Result<std::optional<QDateTime>> LiveTokenUseRows::lastUsed(const QByteArray &secretHash) const
{
    return LiveRows::dateOf(m_db, u"SELECT last_used FROM live_token_uses WHERE secret_hash = ?"_s,
                            secretHash, u"a token's last use"_s);
}

} // namespace gatehouse
