#pragma once

#include "audit/Severity.h"
#include "model/Workflow.h"

#include <QColor>
#include <QIcon>

#include <functional>

class QPainter;

namespace gatehouse {

// The small pictures that say at a glance who may call a workflow: an open
// amber padlock for no authentication, a closed blue one for users, a red one
// with a mark for admins, a grey dashed ring for a workflow not exposed.
class BadgeIcons
{
public:
    // `reachable`: the Workflow API is on and the workflow exposed
    // (Reachability); an unreachable workflow shows the dashed ring.
    static QIcon workflowIcon(const Workflow &workflow, bool reachable = true);
    static QColor accessColor(const Workflow &workflow);
    static QString accessLabel(const Workflow &workflow);
    // Draws the badge picture into `rect` (square).
    static void paintBadge(QPainter &painter, const QRectF &rect, const Workflow &workflow,
                           bool reachable = true);
    static QIcon applicationIcon();
    // The open amber padlock of "None required", for a data type anyone may
    // find (the Data Types list).
    static QIcon publicTypeIcon();
    // An audit finding's mark: a dot in the severity's colour (critical red
    // to info grey); an accepted one is a hollow ring.
    static QColor severityColor(audit::Severity severity);
    static QIcon severityIcon(audit::Severity severity, bool accepted = false);
    static void paintSeverityMark(QPainter &painter, const QRectF &rect, audit::Severity severity,
                                  bool accepted = false);

private:
    static QIcon painted(const std::function<void(QPainter &, const QRectF &)> &paint);
};

} // namespace gatehouse
