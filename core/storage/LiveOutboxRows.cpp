#include "LiveOutboxRows.h"

#include "LiveRows.h"
#include "StorageFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

Result<> LiveOutboxRows::append(const OutboxEmail &email)
{
    return LiveRows::change(m_db,
                            u"INSERT INTO live_outbox (sent, workflow, recipient, subject, body) "
                            "VALUES (?, ?, ?, ?, ?)"_s,
                            LiveRows::dateValue(email.sent), email.workflow, email.to,
                            email.subject, email.body);
}

Result<QList<OutboxEmail>> LiveOutboxRows::all() const
{
    QList<OutboxEmail> emails;
    auto statement = LiveRows::prepared(
        m_db, u"SELECT sent, workflow, recipient, subject, body FROM live_outbox ORDER BY id"_s);
    const Result<> read = LiveRows::eachRow(m_db, statement, [&](const Statement &row) {
        const Result<QDateTime> sent = StorageFormat::readDate(row, 0);
        if (!sent)
            return Result<>(Error{u"an e-mail in the outbox: "_s + sent.errorMessage()});
        emails.append(OutboxEmail{sent.value(), row.columnText(1), row.columnText(2),
                                  row.columnText(3), row.columnText(4)});
        return Result<>();
    });
    if (!read)
        return read.error();
    return emails;
}

} // namespace gatehouse
