#pragma once

#include "AccessMatrix.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>

namespace gatehouse::audit {

// The matrix as CSV (RFC 4180: CRLF, fields quoted when they hold a comma,
// a quote or a line break, quotes doubled), one row a cell, for
// spreadsheets and CI diffs.
class MatrixCsvExport
{
public:
    static constexpr qsizetype kChunk = 1 << 20; // bytes gathered before a write

    static QByteArray write(const AccessMatrix &matrix);
    // The same bytes written to `device` a few thousand lines at a time, so a
    // large matrix's CSV (gigabytes at thousands of workflows) is never held
    // whole. False when a write fails: `device` says why.
    static bool write(const AccessMatrix &matrix, QIODevice &device, qsizetype chunk = kChunk);
    static QString field(const QString &text);

private:
    // Each distinct text quoted and encoded once: a large project's matrix
    // has millions of cells and a few hundred distinct texts.
    struct Encoded
    {
        QList<QByteArray> texts;
        QList<QByteArray> columns;
        QHash<int, QByteArray> verdicts; // by MatrixCell::Verdict
    };
    static Encoded encode(const AccessMatrix &matrix);
    static void appendRow(QByteArray &out, const AccessMatrix &matrix, const Encoded &encoded,
                          int row);
    static QByteArray cell(const QString &text);
    static const QByteArray &header();
};

} // namespace gatehouse::audit
