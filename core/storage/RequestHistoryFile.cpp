#include "RequestHistoryFile.h"

#include "Database.h"
#include "FileAccess.h"
#include "ProjectFileHeader.h"
#include "ProjectSchema.h"
#include "Statement.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr int kBusyTimeoutMs = 5000;

QString pairsText(const QList<std::pair<QString, QString>> &pairs)
{
    QJsonArray array;
    for (const auto &[key, value] : pairs)
        array.append(QJsonArray{key, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<std::pair<QString, QString>> pairsFromText(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QJsonValue &item : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2)
            pairs.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return pairs;
}
} // namespace

QString RequestHistoryFile::createTableSql()
{
    return uR"(
CREATE TABLE request_history (
    id INTEGER PRIMARY KEY, time TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,
    query TEXT NOT NULL, body TEXT NOT NULL, headers TEXT NOT NULL, principal TEXT NOT NULL,
    credential_not_kept INTEGER NOT NULL, status INTEGER NOT NULL);
)"_s;
}

Error RequestHistoryFile::fileError(const QString &problem) const
{
    return Error{m_path + u": "_s + problem, ErrorCode::FileAccess};
}

Result<std::unique_ptr<Database>> RequestHistoryFile::open(bool write) const
{
    if (const QString problem = FileAccess::problemOpening(m_path, write); !problem.isEmpty())
        return fileError(problem);
    auto opened = Database::open(m_path, write ? Database::OpenMode::ReadWrite
                                               : Database::OpenMode::ReadOnly);
    if (!opened)
        return fileError(u"cannot open the file (%1)"_s.arg(opened.errorMessage()));
    if (auto timeout = opened.value()->setBusyTimeout(kBusyTimeoutMs); !timeout)
        return fileError(timeout.errorMessage());
    const ProjectFileHeader header = ProjectFileHeader::inspect(*opened.value());
    if (!header.isProject())
        return fileError(header.problem);
    if (header.version != ProjectSchema::currentVersion)
        return fileError(u"the file is at another version; open and save it in the editor"_s);
    return opened;
}

Result<> RequestHistoryFile::append(const RequestHistoryEntry &entry, int bound) const
{
    auto opened = open(true);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fileError(transaction.errorMessage());
    RequestHistoryEntry kept = entry.withoutCredentials();
    if (!kept.time.isValid())
        kept.time = QDateTime::currentDateTimeUtc();
    auto insert = db.prepare(u"INSERT INTO request_history (time, method, path, query, body, "
                             "headers, principal, credential_not_kept, status) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return fileError(insert.errorMessage());
    insert.value().bindAll(kept.time.toUTC().toString(Qt::ISODateWithMs),
                           QString::fromLatin1(kept.method), kept.path, pairsText(kept.query),
                           kept.body, pairsText(kept.headers), kept.principal.toText(),
                           kept.credentialNotKept, kept.status);
    if (auto done = insert.value().exec(); !done)
        return fileError(done.errorMessage());
    auto trim = db.prepare(u"DELETE FROM request_history WHERE id NOT IN "
                           "(SELECT id FROM request_history ORDER BY id DESC LIMIT ?)"_s);
    if (!trim)
        return fileError(trim.errorMessage());
    trim.value().bindAll(bound);
    if (auto done = trim.value().exec(); !done)
        return fileError(done.errorMessage());
    if (auto committed = transaction.value().commit(); !committed)
        return fileError(committed.errorMessage());
    return {};
}

Result<QList<RequestHistoryEntry>> RequestHistoryFile::read() const
{
    auto opened = open(false);
    if (!opened)
        return opened.error();
    auto rows = opened.value()->prepare(
        u"SELECT time, method, path, query, body, headers, principal, credential_not_kept, "
        "status FROM request_history ORDER BY id DESC"_s);
    if (!rows)
        return fileError(rows.errorMessage());
    QList<RequestHistoryEntry> entries;
    while (true) {
        const Result<bool> more = rows.value().step();
        if (!more)
            return fileError(more.errorMessage());
        if (!more.value())
            break;
        const Statement &row = rows.value();
        RequestHistoryEntry entry;
        entry.time = QDateTime::fromString(row.columnText(0), Qt::ISODateWithMs);
        entry.method = row.columnText(1).toLatin1();
        entry.path = row.columnText(2);
        entry.query = pairsFromText(row.columnText(3));
        entry.body = row.columnText(4);
        entry.headers = pairsFromText(row.columnText(5));
        // An entry whose principal does not read is shown as anonymous,
        // never acted on as someone else.
        entry.principal = PrincipalRef::fromText(row.columnText(6)).value_or(PrincipalRef());
        entry.credentialNotKept = row.columnBool(7);
        entry.status = row.columnInt(8);
        entries.append(entry);
    }
    return entries;
}

Result<> RequestHistoryFile::clear() const
{
    auto opened = open(true);
    if (!opened)
        return opened.error();
    if (auto done = opened.value()->exec(u"DELETE FROM request_history;"_s); !done)
        return fileError(done.errorMessage());
    return {};
}

} // namespace gatehouse
