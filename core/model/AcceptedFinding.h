#pragma once

#include <QDateTime>
#include <QString>

namespace gatehouse {

// A reviewer's decision that one audit finding is known and accepted: which
// check, at which setting (the finding's stable path), why, and when. The
// audit still reports it, marked accepted, and it no longer fails `--fail-on`.
struct AcceptedFinding
{
    QString checkId;     // "exposed-none-changes-data"
    QString settingPath; // "workflows/signup", as SettingLocation::path()
    QString reason;      // never empty
    QDateTime acceptedAt;

    bool operator==(const AcceptedFinding &) const = default;

    bool matches(const QString &check, const QString &path) const
    {
        return checkId == check && settingPath == path;
    }

    // After a rename: a finding at `oldPath` or under it ("workflows/a" and
    // "workflows/a/steps/0") follows to `newPath`, so it stays accepted.
    void movePath(const QString &oldPath, const QString &newPath)
    {
        if (settingPath == oldPath || settingPath.startsWith(oldPath + u'/'))
            settingPath = newPath + settingPath.mid(oldPath.size());
    }
};

} // namespace gatehouse
