#pragma once

#include "audit/MatrixDiff.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QWidget;

namespace gatehouse {

class EditorSession;

// The plan before save (issue 15, item 3): keeps the project as it was last
// saved or opened, and says how access differs in the edited one, as
// MatrixDiff finds it between the two projects' matrices.
class AccessChangePlan : public QObject
{
    Q_OBJECT

public:
    explicit AccessChangePlan(EditorSession *session, QObject *parent = nullptr);

    // The changes from the saved project to the edited one, those that
    // grow access first; empty when access is the same. Computed here.
    QList<audit::MatrixChange> changes();
    // The same, computed off the GUI thread with a progress dialog over
    // `parent` when it takes a while (a large project); nullopt when the
    // person cancels or the project changes meanwhile.
    std::optional<QList<audit::MatrixChange>> changesWithProgress(QWidget *parent);
    std::shared_ptr<const Project> baseline() const { return m_baseline; }

    // The open grid's matrix of the snapshot `project`, computed at `at`
    // (MatrixPanel::matrixComputed): a save of that very snapshot, or of one
    // whose baseline it is, uses it instead of computing it again.
    void offer(const std::shared_ptr<const Project> &project,
               const std::shared_ptr<const audit::AccessMatrix> &matrix, const QDateTime &at);
    // How many matrices this plan has computed itself, for tests.
    int computedMatrices() const { return m_computed; }

private:
    struct Matrices
    {
        std::shared_ptr<const audit::AccessMatrix> before;
        std::shared_ptr<const audit::AccessMatrix> after;
        QDateTime now; // when `after` was (or is to be) computed
        int computed = 0;
    };
    // The matrices `known` lacks, computed; nullopt when `progress` stops it.
    static std::optional<Matrices> compute(const Project &before, const Project &after,
                                           Matrices known,
                                           const audit::AccessMatrix::Progress &progress);
    Matrices known(const std::shared_ptr<const Project> &edited) const;
    QList<audit::MatrixChange> ordered(const Matrices &matrices,
                                       const std::shared_ptr<const Project> &edited);
    bool unchanged(const std::shared_ptr<const Project> &edited) const;
    void takeOpened(const QString &path);
    void takeBaseline();

    EditorSession *m_session;
    std::shared_ptr<const Project> m_baseline;
    // The matrix of the project that became the baseline, kept from the
    // comparison that saved it, so the next save computes only one.
    std::shared_ptr<const Project> m_pending;
    std::shared_ptr<const audit::AccessMatrix> m_pendingMatrix;
    std::shared_ptr<const audit::AccessMatrix> m_baselineMatrix;
    // The grid's newest matrix and the snapshot it is of.
    std::shared_ptr<const Project> m_offeredFor;
    std::shared_ptr<const audit::AccessMatrix> m_offered;
    QDateTime m_offeredAt;
    int m_computed = 0;
    bool m_busy = false;
};

} // namespace gatehouse
