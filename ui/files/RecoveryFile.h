#pragma once

#include "ProjectStore.h"

#include <QDateTime>
#include <QString>

namespace gatehouse {

// The autosave of one document: a project file under the application's data
// folder, named after a hash of the document's path ("untitled" for one not
// yet saved). It exists only while there are unsaved edits, so finding one
// newer than the document means the editor stopped without saving.
class RecoveryFile
{
public:
    explicit RecoveryFile(const QString &documentPath);

    QString path() const { return m_path; }
    bool exists() const;
    // A recovery file worth offering: present and newer than the document.
    bool isNewerThanDocument() const;
    QDateTime lastModified() const;

    Result<> write(ProjectStore &store, const Project &project) const;
    Result<Project> read(ProjectStore &store) const;
    void remove() const;

    static QString directory();

private:
    QString m_documentPath;
    QString m_path;
};

} // namespace gatehouse
