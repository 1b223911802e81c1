#include "AuditCommandOutput.h"

#include "storage/FileAccess.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

Result<> AuditCommandOutput::write(const QByteArray &bytes, const QString &path, Console &console)
{
    if (path.isEmpty() || path == u"-"_s) {
        console.out << QString::fromUtf8(bytes);
        console.out.flush();
        return {};
    }
    const auto failed = [&](const QString &reason) {
        return Error{u"%1: cannot write: %2"_s.arg(path, reason)};
    };
    if (QFileInfo(path).isDir())
        return failed(u"is a directory"_s);
    if (const QString problem = FileAccess::problemSaving(path); !problem.isEmpty())
        return failed(problem);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace gatehouse::cli
