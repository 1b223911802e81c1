#include "MatrixHtmlExport.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

namespace {
QString mark(MatrixCell::Verdict verdict)
{
    switch (verdict) {
    case MatrixCell::Verdict::Allowed:
        return u"\u2713"_s;
    case MatrixCell::Verdict::DependsOnRecord:
        return u"~"_s;
    case MatrixCell::Verdict::Refused:
        return u"\u2717"_s;
    }
    return {};
}

QString header(const AccessMatrix &matrix)
{
    QString out = u"<tr><th>principal</th>"_s;
    for (const MatrixColumn &c : matrix.columns())
        out += u"<th title=\"%1\">%2<br><small>%3</small></th>"_s.arg(
            c.label().toHtmlEscaped(), c.resource.toHtmlEscaped(),
            (c.isWorkflow() ? u"workflow"_s : c.operationName()).toHtmlEscaped());
    return out + u"</tr>\n"_s;
}
} // namespace

QByteArray MatrixHtmlExport::write(const AccessMatrix &matrix)
{
    const QString title = u"Access matrix of %1"_s.arg(matrix.projectName()).toHtmlEscaped();
    QString out =
        u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>\n"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:2px 6px;text-align:center}"
        "th:first-child,td:first-child{text-align:left}"
        ".allowed{background:#c8e6c9}.refused{background:#f5f5f5;color:#777}"
        ".conditional{background:#fff3c4}</style></head><body>\n<h1>%1</h1>\n"
        "<p>\u2713 allowed, ~ conditional (depends on the record), \u2717 refused; hover a "
        "cell for its reason and the step that decided.</p>\n<table>\n"_s.arg(title);
    out += header(matrix);
    for (int row = 0; row < matrix.rowCount(); ++row) {
        out += u"<tr><th>%1</th>"_s.arg(matrix.principals().at(row).label().toHtmlEscaped());
        for (int column = 0; column < matrix.columnCount(); ++column) {
            const MatrixCell cell = matrix.cell(row, column);
            out += u"<td class=\"%1\" title=\"%2 (decided by %3)\">%4</td>"_s.arg(
                cell.verdictWord(), cell.reason.toHtmlEscaped(), cell.decidedBy.toHtmlEscaped(),
                mark(cell.verdict));
        }
        out += u"</tr>\n"_s;
    }
    out += u"</table>\n</body></html>\n"_s;
    return out.toUtf8();
}

} // namespace gatehouse::audit
