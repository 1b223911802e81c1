#pragma once

#include <QString>

namespace gatehouse {

// What the file system allows with a project file, checked before SQLite
// touches it so the user reads "the file is read-only" rather than an
// SQLite code. A file or folder without any write permission bit counts as
// read-only even for a user (such as root) who could write it anyway: the
// mark is the owner's wish, and Gatehouse respects it.
class FileAccess
{
public:
    // Why the file cannot be opened, as the end of a message, or empty.
    static QString problemOpening(const QString &path, bool forWriting);
    // Why a project cannot be saved at `path`, or empty.
    static QString problemSaving(const QString &path);
    static bool isWritable(const QString &path);
};

} // namespace gatehouse
