#include "MatrixCsvExport.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

QString MatrixCsvExport::field(const QString &text)
{
    const bool quoted =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quoted)
        return text;
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray MatrixCsvExport::write(const AccessMatrix &matrix)
{
    QString out = u"principal,principal_kind,resource_kind,resource,operation,verdict,reason,"
                  "decided_by\r\n"_s;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixPrincipal &who = matrix.principals().at(row);
        for (int column = 0; column < matrix.columnCount(); ++column) {
            const MatrixColumn &what = matrix.columns().at(column);
            const MatrixCell cell = matrix.cell(row, column);
            const QStringList fields{who.name,
                                     who.kindWord(),
                                     what.isWorkflow() ? u"workflow"_s : u"data type"_s,
                                     what.resource,
                                     what.operationName(),
                                     cell.verdictWord(),
                                     cell.reason,
                                     cell.decidedBy};
            QStringList line;
            for (const QString &f : fields)
                line << field(f);
            out += line.join(u',') + u"\r\n"_s;
        }
    }
    return out.toUtf8();
}

} // namespace gatehouse::audit
