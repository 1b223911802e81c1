#pragma once

#include "panels/ProblemMarkerDelegate.h"

namespace gatehouse {

// A row with its problem marker, and left of it the audit's mark: a dot in
// the colour of the worst finding not accepted, when the row's
// `severityRole` holds one (an int of audit::Severity; -1 or none for no mark).
class AuditMarkDelegate : public ProblemMarkerDelegate
{
    Q_OBJECT

public:
    AuditMarkDelegate(int problemCountRole, int severityRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_severityRole;
};

} // namespace gatehouse
