#include "MatrixExporter.h"

#include "audit/MatrixCsvExport.h"
#include "audit/MatrixHtmlExport.h"
#include "files/FileMessages.h"
#include "files/Prompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MatrixExporter", text);
}
} // namespace

QString MatrixExporter::exportMatrix(const audit::AccessMatrix &matrix, Format format,
                                     const QString &near, const QString &projectName) const
{
    const bool csv = format == Format::Csv;
    const QString suffix = csv ? u".csv"_s : u".html"_s;
    const QFileInfo file(near);
    const QString base =
        (near.isEmpty() ? projectName : file.completeBaseName()) + u"-access-matrix"_s + suffix;
    const QString suggested =
        near.isEmpty() ? QDir::home().filePath(base) : file.absoluteDir().filePath(base);
    const QString path = m_prompter.askExportPath(suggested, csv ? tr("CSV files (*.csv)")
                                                                 : tr("HTML pages (*.html *.htm)"));
    if (path.isEmpty())
        return {};
    const QByteArray bytes =
        csv ? audit::MatrixCsvExport::write(matrix) : audit::MatrixHtmlExport::write(matrix);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_prompter.showError(tr("Cannot Export the Access Matrix"),
                             FileMessages::namingFileOnce(path, out.errorString()));
        return {};
    }
    return path;
}

} // namespace gatehouse
