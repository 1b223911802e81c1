#include "ProjectFileStamp.h"

#include "Database.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ProjectFileStamp::ProjectFileStamp(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

ProjectFileStamp::~ProjectFileStamp() = default;

Result<std::unique_ptr<ProjectFileStamp>> ProjectFileStamp::open(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened)
        return Error{u"%1: cannot open the file (%2)"_s.arg(path, opened.errorMessage())};
    if (auto timeout = opened.value()->setBusyTimeout(5000); !timeout)
        return Error{u"%1: %2"_s.arg(path, timeout.errorMessage())};
    return std::unique_ptr<ProjectFileStamp>(new ProjectFileStamp(std::move(opened.value())));
}

Result<QString> ProjectFileStamp::current() const
{
    auto statement = m_db->prepare(u"SELECT group_concat(value, ' ') FROM (SELECT value FROM meta "
                                   "WHERE key IN ('saved_at', 'save_id') ORDER BY key)"_s);
    if (!statement)
        return Error{u"%1: %2"_s.arg(m_db->path(), statement.errorMessage())};
    auto row = statement.value().step();
    if (!row)
        return Error{u"%1: %2"_s.arg(m_db->path(), row.errorMessage())};
    return row.value() ? statement.value().columnText(0) : QString();
}

} // namespace gatehouse
