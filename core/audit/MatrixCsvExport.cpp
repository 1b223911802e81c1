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

// A field and the comma after it, in UTF-8.
QByteArray MatrixCsvExport::cell(const QString &text)
{
    return field(text).toUtf8() + ',';
}

const QByteArray &MatrixCsvExport::header()
{
    static const QByteArray line =
        "principal,principal_kind,resource_kind,resource,operation,verdict,reason,"
        "decided_by\r\n";
    return line;
}

MatrixCsvExport::Encoded MatrixCsvExport::encode(const AccessMatrix &matrix)
{
    Encoded encoded;
    for (const QString &text : matrix.texts())
        encoded.texts << field(text).toUtf8();
    for (const MatrixColumn &what : matrix.columns())
        encoded.columns << cell(what.isWorkflow() ? u"workflow"_s : u"data type"_s) +
                               cell(what.resource) + cell(what.operationName());
    using Verdict = MatrixCell::Verdict;
    for (Verdict verdict : {Verdict::Allowed, Verdict::Refused, Verdict::DependsOnRecord})
        encoded.verdicts.insert(int(verdict), cell(MatrixCell::wordOf(verdict)));
    return encoded;
}

// One principal's lines: a line a column.
void MatrixCsvExport::appendRow(QByteArray &out, const AccessMatrix &matrix, const Encoded &encoded,
                                int row)
{
    const MatrixPrincipal &who = matrix.principals().at(row);
    const QByteArray principal = cell(who.name) + cell(who.kindWord());
    for (int column = 0; column < matrix.columnCount(); ++column) {
        out += principal;
        out += encoded.columns.at(column);
        out += encoded.verdicts.value(int(matrix.verdict(row, column)));
        out += encoded.texts.at(matrix.reasonAt(row, column));
        out += ',';
        out += encoded.texts.at(matrix.deciderAt(row, column));
        out += "\r\n";
    }
}

QByteArray MatrixCsvExport::write(const AccessMatrix &matrix)
{
    const Encoded encoded = encode(matrix);
    QByteArray out = header();
    for (int row = 0; row < matrix.rowCount(); ++row)
        appendRow(out, matrix, encoded, row);
    return out;
}

// Whole lines gathered up to about `chunkSize` bytes, then written: the bytes of
// write(matrix), never more than a chunk and a principal's row in memory.
bool MatrixCsvExport::write(const AccessMatrix &matrix, QIODevice &device, qsizetype chunkSize)
{
    const Encoded encoded = encode(matrix);
    QByteArray chunk = header();
    chunk.reserve(chunkSize + 4096);
    const auto flush = [&] {
        const bool written = device.write(chunk) == chunk.size();
        chunk.resize(0); // keeps its capacity
        return written;
    };
    for (int row = 0; row < matrix.rowCount(); ++row) {
        appendRow(chunk, matrix, encoded, row);
        if (chunk.size() >= chunkSize && !flush())
            return false;
    }
    return flush();
}

} // namespace gatehouse::audit
