#include "AccessMatrix.h"

#include "MatrixBuilder.h"

namespace gatehouse::audit {

AccessMatrix AccessMatrix::compute(const Project &project, const QDateTime &now,
                                   const Progress &progress)
{
    return MatrixBuilder(project, now).build(progress);
}

AccessMatrix::AccessMatrix(QString projectName, QList<MatrixPrincipal> principals,
                           QList<MatrixColumn> columns)
    : m_projectName(std::move(projectName)), m_principals(std::move(principals)),
      m_columns(std::move(columns))
{
    const qsizetype cells = m_principals.size() * m_columns.size();
    m_verdicts.fill(quint8(MatrixCell::Verdict::Refused), cells);
    m_reasons.fill(intern(QString()), cells);
    m_deciders.fill(intern(QString()), cells);
}

MatrixCell AccessMatrix::cell(int row, int column) const
{
    const qsizetype i = at(row, column);
    return {MatrixCell::Verdict(m_verdicts.at(i)), m_texts.at(m_reasons.at(i)),
            m_texts.at(m_deciders.at(i))};
}

MatrixCell::Verdict AccessMatrix::verdict(int row, int column) const
{
    return MatrixCell::Verdict(m_verdicts.at(at(row, column)));
}

void AccessMatrix::setCell(int row, int column, const AccessAnswer &answer)
{
    const qsizetype i = at(row, column);
    m_verdicts[i] = quint8(answer.verdict);
    m_reasons[i] = intern(answer.reason);
    m_deciders[i] = intern(answer.decidedBy);
}

qint32 AccessMatrix::intern(const QString &text)
{
    const auto found = m_textIndex.constFind(text);
    if (found != m_textIndex.cend())
        return *found;
    const auto index = qint32(m_texts.size());
    m_texts.append(text);
    m_textIndex.insert(text, index);
    return index;
}

int AccessMatrix::rowOf(const QString &principalLabel) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_principals.at(row).label() == principalLabel)
            return row;
    }
    return -1;
}

int AccessMatrix::columnOf(const QString &columnLabel) const
{
    for (int column = 0; column < columnCount(); ++column) {
        if (m_columns.at(column).label() == columnLabel)
            return column;
    }
    return -1;
}

} // namespace gatehouse::audit
