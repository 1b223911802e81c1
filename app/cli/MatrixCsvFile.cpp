#include "MatrixCsvFile.h"

#include "audit/MatrixCsvExport.h"
#include "storage/FileAccess.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

// The same checks and messages as AuditCommandOutput's whole-file writes.
Result<> MatrixCsvFile::write(const audit::AccessMatrix &matrix, const QString &path)
{
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
    // A short write (a file size limit, a full disk) can pass unnoticed until
    // the buffer is flushed: flushed and checked before the rename.
    if (!audit::MatrixCsvExport::write(matrix, file) || !file.flush() ||
        file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace gatehouse::cli
