#pragma once

#include "model/Result.h"

#include <QString>

#include <memory>

namespace gatehouse {

class Database;

// Tells whether a project file's definition changed: every save writes a new
// `save_id` in the meta table. Keeps one read-only connection, so asking
// costs one small query; live-data writes do not change the stamp.
class ProjectFileStamp
{
public:
    static Result<std::unique_ptr<ProjectFileStamp>> open(const QString &path);
    ~ProjectFileStamp();

    Result<QString> current() const;

private:
    explicit ProjectFileStamp(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
};

} // namespace gatehouse
