#include "MatrixCsvExport.h"

#include <QHash>

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

// A field and the comma after it, in UTF-8.
QByteArray MatrixCsvExport::cell(const QString &text)
{
    return field(text).toUtf8() + ',';
}

// Byte for byte what joining each cell's quoted fields gives, but each text
// is quoted and encoded once: a large project's matrix has millions of
// cells and a few hundred distinct texts.
QByteArray MatrixCsvExport::write(const AccessMatrix &matrix)
{
    QList<QByteArray> texts;
    for (const QString &text : matrix.texts())
        texts << field(text).toUtf8();
    QList<QByteArray> columns;
    for (const MatrixColumn &what : matrix.columns())
        columns << cell(what.isWorkflow() ? u"workflow"_s : u"data type"_s) + cell(what.resource) +
                       cell(what.operationName());
    using Verdict = MatrixCell::Verdict;
    QHash<int, QByteArray> verdicts;
    for (Verdict verdict : {Verdict::Allowed, Verdict::Refused, Verdict::DependsOnRecord})
        verdicts.insert(int(verdict), cell(MatrixCell::wordOf(verdict)));
    QByteArray out = "principal,principal_kind,resource_kind,resource,operation,verdict,reason,"
                     "decided_by\r\n";
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const MatrixPrincipal &who = matrix.principals().at(row);
        const QByteArray principal = cell(who.name) + cell(who.kindWord());
        for (int column = 0; column < matrix.columnCount(); ++column) {
            out += principal;
            out += columns.at(column);
            out += verdicts.value(int(matrix.verdict(row, column)));
            out += texts.at(matrix.reasonAt(row, column));
            out += ',';
            out += texts.at(matrix.deciderAt(row, column));
            out += "\r\n";
        }
    }
    return out;
}

} // namespace gatehouse::audit
