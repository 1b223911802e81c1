#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// The JSON config: deterministic text (same project, same bytes) that diffs
// well in git and imports back to the same project. It never holds a token
// secret or hash, nor a password hash. See docs/config-format.md.
class ConfigFile
{
public:
    static QByteArray toJson(const Project &project);
    // `fileName` names the source in errors: "a.json: $.workflows[2].name: ...".
    static Result<Project> fromJson(const QByteArray &json, const QString &fileName);
    static Result<Project> read(const QString &path);
    // Writes atomically: the file at `path` is either the old one or the new.
    // A file or folder without write permission bits is refused, even for
    // root, as for project files (FileAccess).
    static Result<> write(const Project &project, const QString &path);
};

} // namespace gatehouse
