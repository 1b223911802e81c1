#include "RecoveryFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QString keyFor(const QString &documentPath)
{
    if (documentPath.isEmpty())
        return u"untitled"_s;
    const QByteArray absolute = QFileInfo(documentPath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(absolute, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

RecoveryFile::RecoveryFile(const QString &documentPath)
    : m_documentPath(documentPath),
      m_path(QDir(directory()).filePath(keyFor(documentPath) + u".gatehouse"_s))
{
}

QString RecoveryFile::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

bool RecoveryFile::exists() const
{
    return QFileInfo::exists(m_path);
}

QDateTime RecoveryFile::lastModified() const
{
    return QFileInfo(m_path).lastModified();
}

bool RecoveryFile::isNewerThanDocument() const
{
    if (!exists())
        return false;
    const QFileInfo document(m_documentPath);
    return m_documentPath.isEmpty() || !document.exists() ||
           lastModified() >= document.lastModified();
}

Result<> RecoveryFile::write(ProjectStore &store, const Project &project) const
{
    if (!QDir().mkpath(directory()))
        return Error{u"cannot create the recovery folder `%1`"_s.arg(directory())};
    // Owner-only: a recovery file holds the same data as the project.
    QFile::setPermissions(directory(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return store.save(project, m_path);
}

Result<Project> RecoveryFile::read(ProjectStore &store) const
{
    return store.load(m_path);
}

void RecoveryFile::remove() const
{
    QFile::remove(m_path);
}

} // namespace gatehouse
