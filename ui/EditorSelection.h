#pragma once

#include <QObject>

namespace gatehouse {

class ProjectDocument;

// What the user has selected: a workflow, and in it the event (no step) or
// one step. Panels read and set it; none of them edits another panel. It
// follows the document so that the indices stay right when workflows or
// steps come and go, and emits only when the indices change: panels follow
// the document itself for content.
class EditorSelection : public QObject
{
    Q_OBJECT

public:
    explicit EditorSelection(ProjectDocument *document, QObject *parent = nullptr);

    int workflow() const { return m_workflow; }
    int action() const { return m_action; } // -1: the workflow itself
    void select(int workflow, int action = -1);
    // Where the workflow at `selected` is after the one at `from` moved to `to`.
    static int indexAfterMove(int selected, int from, int to);

signals:
    void changed(int workflow, int action);

private:
    void clamp();

    ProjectDocument *m_document;
    int m_workflow = -1;
    int m_action = -1;
};

} // namespace gatehouse
