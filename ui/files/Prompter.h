#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace gatehouse {

namespace audit {
struct MatrixChange;
}

// The questions the file handling asks the user. The editor asks with
// message boxes and file dialogs; tests answer with a script.
class Prompter
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };
    enum class ErrorsChoice
    {
        SaveAnyway,
        ShowProblems,
        Cancel
    };

    virtual ~Prompter() = default;
    virtual SaveChoice askSaveChanges(const QString &documentName) = 0;
    // True to restore the recovered edits, false to discard them.
    virtual bool askRestoreRecovery(const QString &documentName, const QDateTime &savedAt) = 0;
    // True to open the file although another instance holds it.
    virtual bool askOpenLockedFile(const QString &path) = 0;
    // True to save over a file another instance holds open.
    virtual bool askSaveOverLockedFile(const QString &path) = 0;
    // Another program saved the open file: true to reload it from the file,
    // dropping `hasUnsavedEdits` edits made here.
    virtual bool askReloadChangedFile(const QString &path, bool hasUnsavedEdits) = 0;
    virtual QString askOpenPath(const QString &startFolder) = 0;
    virtual QString askSavePath(const QString &suggestedPath) = 0;
    virtual void showError(const QString &title, const QString &message) = 0;
    // The project has errors (`summary`, "2 errors"): save it anyway, or show
    // the problems and save nothing.
    virtual ErrorsChoice askSaveWithErrors(const QString &documentName, const QString &summary) = 0;
    // `path` is a JSON config, not a project: true to import it.
    virtual bool askImportConfig(const QString &path) = 0;
    virtual QString askConfigOpenPath(const QString &startFolder) = 0;
    virtual QString askConfigSavePath(const QString &suggestedPath) = 0;

    // The access matrix view and the plan before save (issue 15).
    // The edits change who may do what (`changes`, growing ones first):
    // true to go on with `action` ("Save", "Export"), false to do nothing.
    virtual bool askAccessChanges(const QString &documentName, const QString &action,
                                  const QList<audit::MatrixChange> &changes) = 0;
    // Where to write an export; `filter` as QFileDialog takes it.
    virtual QString askExportPath(const QString &suggestedPath, const QString &filter) = 0;

    // The Test Records panel (issue 13): true to put the live data of
    // `path` back to the test data saved in it; `hasUnsavedEdits`: the
    // editor's edits since, which the reset does not include.
    virtual bool askResetLiveData(const QString &path, bool hasUnsavedEdits) = 0;
};

} // namespace gatehouse
