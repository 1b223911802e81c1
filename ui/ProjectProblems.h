#pragma once

#include "model/Diagnostic.h"

#include <QObject>

namespace gatehouse {

class ProjectDocument;

// The open project's problems, as `gatehouse-cli validate` finds them
// (expr::ProjectDiagnosis, the one validation), found again after every
// edit. The Problems panel lists them; the list, the canvas and the status
// bar mark where they are.
class ProjectProblems : public QObject
{
    Q_OBJECT

public:
    // Any step of a workflow, for countIn().
    static constexpr int anyStep = -2;

    explicit ProjectProblems(ProjectDocument *document, QObject *parent = nullptr);

    const Diagnostics &all() const { return m_diagnostics; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return int(m_diagnostics.size()) - m_errors; }
    // The problems in workflow `workflow`: its own (step -1), one step's, or
    // those of the workflow and all its steps (anyStep).
    Diagnostics in(int workflow, int step = anyStep) const;
    int countIn(int workflow, int step = anyStep) const { return int(in(workflow, step).size()); }
    // "2 errors, 1 warning", or "No problems".
    QString summary() const;
    // The messages of `diagnostics`, one a line, for a tooltip.
    static QString describe(const Diagnostics &diagnostics);

signals:
    void changed();

private:
    void refresh();

    ProjectDocument *m_document;
    Diagnostics m_diagnostics;
    int m_errors = 0;
};

} // namespace gatehouse
