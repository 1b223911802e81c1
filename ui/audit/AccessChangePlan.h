#pragma once

#include "audit/MatrixDiff.h"

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

private:
    struct Matrices
    {
        std::shared_ptr<const audit::AccessMatrix> before;
        std::shared_ptr<const audit::AccessMatrix> after;
    };
    // Both matrices, the baseline's from the cache when it has one; nullopt
    // when `progress` stops it.
    static std::optional<Matrices> compute(const Project &before, const Project &after,
                                           std::shared_ptr<const audit::AccessMatrix> cached,
                                           const audit::AccessMatrix::Progress &progress);
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
    bool m_busy = false;
};

} // namespace gatehouse
