#pragma once

#include "model/Project.h"

#include <QAbstractListModel>

#include <memory>

namespace gatehouse {

class EditorSession;

// The project's workflows as a list: name, a badge for exposure and
// authentication, inline rename and drag to reorder. It follows the
// document's signals with exact row notifications; setData and drops push
// commands, and the rows change when the document says so.
class WorkflowListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ExposedRole = Qt::UserRole + 1,
        AuthModeRole,
        ProblemCountRole, // the workflow's and its steps' problems
        AuditSeverityRole // the worst audit finding not accepted (audit::Severity), or -1
    };

    explicit WorkflowListModel(EditorSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    void onInserted(int index);
    void onRemoved(int index);
    void onMoved(int from, int to);
    void onChanged(int index);
    void onReset();
    void onSettingsChanged();
    QString toolTip(int row) const;
    const QList<Workflow> &shownWorkflows() const { return m_shown->workflows; }
    const ProjectSettings &settings() const { return m_shown->settings; }

    EditorSession *m_session;
    // The project as the views know it: the document changes first and
    // emits after, so the model takes the new snapshot between begin and end.
    std::shared_ptr<const Project> m_shown;
};

} // namespace gatehouse
