#pragma once

#include "Prompter.h"

class QWidget;

namespace gatehouse {

// Asks with QMessageBox and QFileDialog, parented to the main window.
class MessageBoxPrompter : public Prompter
{
public:
    explicit MessageBoxPrompter(QWidget *parent);

    SaveChoice askSaveChanges(const QString &documentName) override;
    bool askRestoreRecovery(const QString &documentName, const QDateTime &savedAt) override;
    bool askOpenLockedFile(const QString &path) override;
    bool askSaveOverLockedFile(const QString &path) override;
    bool askReloadChangedFile(const QString &path, bool hasUnsavedEdits) override;
    QString askOpenPath(const QString &startFolder) override;
    QString askSavePath(const QString &suggestedPath) override;
    void showError(const QString &title, const QString &message) override;
    ErrorsChoice askSaveWithErrors(const QString &documentName, const QString &summary) override;
    bool askImportConfig(const QString &path) override;
    QString askConfigOpenPath(const QString &startFolder) override;
    QString askConfigSavePath(const QString &suggestedPath) override;
    bool askAccessChanges(const QString &documentName, const QString &action,
                          const QList<audit::MatrixChange> &changes) override;
    QString askExportPath(const QString &suggestedPath, const QString &filter) override;
    bool askResetLiveData(const QString &path, bool hasUnsavedEdits) override;

private:
    QWidget *m_parent;
};

} // namespace gatehouse
