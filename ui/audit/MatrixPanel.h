#pragma once

#include "MatrixExporter.h"

#include "audit/AccessMatrix.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace gatehouse {

class AccessMatrixModel;
class EditorSession;
class MatrixComputation;
class Prompter;

// The access matrix view (issue 15, item 2): principals against every
// workflow and Data API operation, computed in the background from the
// document's snapshot and again after every edit, with the clicked cell's
// verdict, condition and deciding step beside the grid, and CSV and HTML
// exports. The engine decides every cell; the panel only shows them.
class MatrixPanel : public QWidget
{
    Q_OBJECT

public:
    MatrixPanel(EditorSession *session, Prompter &prompter, QWidget *parent = nullptr);
    ~MatrixPanel() override;

    QTableView *view() const { return m_view; }
    AccessMatrixModel *model() const { return m_model; }
    MatrixComputation *computation() const { return m_computation; }
    QLabel *detail() const { return m_detail; }
    QLabel *status() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *htmlButton() const { return m_html; }
    // True while the grid shows the matrix of the document as it is now.
    bool isCurrent() const { return m_current; }

    QString exportMatrix(MatrixExporter::Format format);

signals:
    // A new matrix is in the grid, the document's as it is now.
    void matrixShown();
    // The same, with the snapshot it is of and the time it was computed at:
    // the plan before save takes it rather than computing it again.
    void matrixComputed(const std::shared_ptr<const gatehouse::Project> &project,
                        const std::shared_ptr<const gatehouse::audit::AccessMatrix> &matrix,
                        const QDateTime &at);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void documentChanged();
    void restart();
    void showProgress(int done, int total);
    void showMatrix(const audit::AccessMatrix &matrix);
    void sizeColumns();
    void showCell(const QModelIndex &index);
    void setCurrent(bool current);

    EditorSession *m_session;
    MatrixExporter m_exporter;
    AccessMatrixModel *m_model;
    MatrixComputation *m_computation;
    QTableView *m_view;
    QLabel *m_detail;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_csv;
    QPushButton *m_html;
    QTimer *m_restart;
    // What the running computation is of, and when it was asked.
    std::shared_ptr<const Project> m_computing;
    QDateTime m_computingAt;
    bool m_current = false;
    bool m_stale = true; // the document changed since the last start
    // The cell the detail pane shows, kept across a recomputation.
    QString m_shownPrincipal;
    QString m_shownColumn;
};

} // namespace gatehouse
