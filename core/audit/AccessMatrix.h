#pragma once

#include "MatrixCell.h"
#include "MatrixColumn.h"
#include "MatrixPrincipal.h"

#include "model/Project.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace gatehouse::audit {

// Who may do what: every principal (anonymous, each test user, each token)
// against every workflow and every data type's Data API operations, each
// cell AccessQuestion's answer (MatrixBuilder asks it). Cells are kept as
// indexes into one table of texts, so a large project's matrix stays small.
class AccessMatrix
{
public:
    // Called after each column; returning false stops the computation,
    // leaving a matrix that is not complete().
    using Progress = std::function<bool(int done, int total)>;

    static AccessMatrix compute(const Project &project,
                                const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                const Progress &progress = {});

    AccessMatrix() = default;
    AccessMatrix(QString projectName, QList<MatrixPrincipal> principals,
                 QList<MatrixColumn> columns);

    const QString &projectName() const { return m_projectName; }
    const QList<MatrixPrincipal> &principals() const { return m_principals; }
    const QList<MatrixColumn> &columns() const { return m_columns; }
    int rowCount() const { return int(m_principals.size()); }
    int columnCount() const { return int(m_columns.size()); }
    bool complete() const { return m_complete; }
    void setComplete(bool complete) { m_complete = complete; }

    MatrixCell cell(int row, int column) const;
    MatrixCell::Verdict verdict(int row, int column) const;
    void setCell(int row, int column, const AccessAnswer &answer);

    // The cells' texts, each once, and a cell's reason and deciding step as
    // indexes into them: for exporters that write millions of cells.
    const QStringList &texts() const { return m_texts; }
    qint32 reasonAt(int row, int column) const { return m_reasons.at(at(row, column)); }
    qint32 deciderAt(int row, int column) const { return m_deciders.at(at(row, column)); }

    // -1 when there is none with that label.
    int rowOf(const QString &principalLabel) const;
    int columnOf(const QString &columnLabel) const;

private:
    qsizetype at(int row, int column) const { return qsizetype(row) * m_columns.size() + column; }
    qint32 intern(const QString &text);

    QString m_projectName;
    QList<MatrixPrincipal> m_principals;
    QList<MatrixColumn> m_columns;
    QList<quint8> m_verdicts;
    QList<qint32> m_reasons;
    QList<qint32> m_deciders;
    QStringList m_texts;
    QHash<QString, qint32> m_textIndex;
    bool m_complete = false;
};

} // namespace gatehouse::audit
