#pragma once

#include "audit/AccessMatrix.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace gatehouse {

// The access matrix as a table: a row a principal, a column a workflow or a
// Data API operation on a type. Each cell says its verdict by a symbol and a
// colour; its tooltip says the verdict, the condition or reason in words and
// the deciding step. It only shows what MatrixBuilder computed.
class AccessMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        VerdictRole = Qt::UserRole + 1, // MatrixCell::Verdict as int
        VerdictWordRole,                // "allowed", "refused", "conditional"
        ReasonRole,
        DecidedByRole,
    };

    explicit AccessMatrixModel(QObject *parent = nullptr);

    void setMatrix(audit::AccessMatrix matrix);
    const audit::AccessMatrix &matrix() const { return m_matrix; }
    // The palette the cells' colours are made readable on.
    void setPalette(const QPalette &palette);

    // The index of the cell of that principal and column label; invalid if none.
    QModelIndex indexOf(const QString &principalLabel, const QString &columnLabel) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "✓", "◐", "✗": the verdict without its colour.
    static QString symbolOf(audit::MatrixCell::Verdict verdict);
    static QColor tintOf(audit::MatrixCell::Verdict verdict, const QPalette &palette);
    static QString describe(const audit::MatrixPrincipal &who, const audit::MatrixColumn &what,
                            const audit::MatrixCell &cell);

private:
    QVariant columnHeader(const audit::MatrixColumn &column, int role) const;

    audit::AccessMatrix m_matrix;
    QPalette m_palette;
};

} // namespace gatehouse
