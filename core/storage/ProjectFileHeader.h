#pragma once

#include <QString>

namespace gatehouse {

class Database;

// What an open SQLite file is, judged from its header and meta table before
// anything is read: a Gatehouse project of a version this build reads, one
// from a newer Gatehouse, something else, or a damaged file.
struct ProjectFileHeader
{
    enum class Kind
    {
        Project,
        Newer,
        Foreign,
        Damaged,
        Unreadable
    };

    Kind kind = Kind::Unreadable;
    int version = 0;
    QString problem; // the end of an error message; empty for Project

    bool isProject() const { return kind == Kind::Project; }

    // Reads the header and runs SQLite's quick integrity check.
    static ProjectFileHeader inspect(Database &db);
    // Words for an SQLite failure on this file, by its result code:
    // "not a Gatehouse project (...)", "the file is damaged or truncated
    // (...)", "the file is locked by another program", ...
    static QString describeFailure(int sqliteCode, const QString &sqliteMessage);
};

} // namespace gatehouse
