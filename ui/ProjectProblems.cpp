#include "ProjectProblems.h"

#include "expr/ProjectDiagnosis.h"
#include "model/ProjectDocument.h"

namespace gatehouse {

ProjectProblems::ProjectProblems(ProjectDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(document, &ProjectDocument::changed, this, &ProjectProblems::refresh);
    connect(document, &ProjectDocument::projectReset, this, &ProjectProblems::refresh);
    refresh();
}

void ProjectProblems::refresh()
{
    Diagnostics found = expr::ProjectDiagnosis::of(m_document->project());
    if (found == m_diagnostics)
        return;
    m_diagnostics = std::move(found);
    m_errors = expr::ProjectDiagnosis::errorCount(m_diagnostics);
    emit changed();
}

Diagnostics ProjectProblems::in(int workflow, int step) const
{
    Diagnostics out;
    if (workflow < 0)
        return out;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.workflow == workflow && (step == anyStep || d.step == step))
            out.append(d);
    }
    return out;
}

QString ProjectProblems::summary() const
{
    if (m_diagnostics.isEmpty())
        return tr("No problems");
    const QString errors = m_errors == 1 ? tr("1 error") : tr("%1 errors").arg(m_errors);
    const QString warnings =
        warningCount() == 1 ? tr("1 warning") : tr("%1 warnings").arg(warningCount());
    if (warningCount() == 0)
        return errors;
    return m_errors == 0 ? warnings : errors + QStringLiteral(", ") + warnings;
}

QString ProjectProblems::describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace gatehouse
