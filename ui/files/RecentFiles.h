#pragma once

#include <QStringList>

namespace gatehouse {

// The recently opened projects, newest first, kept in QSettings.
class RecentFiles
{
public:
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    static constexpr int maxCount = 8;
};

} // namespace gatehouse
