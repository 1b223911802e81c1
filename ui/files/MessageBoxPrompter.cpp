#include "MessageBoxPrompter.h"

#include "audit/PlanBeforeSaveDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace gatehouse {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MessageBoxPrompter", text);
}
QString fileFilter()
{
    return tr("Gatehouse projects (*.gatehouse);;All files (*)");
}
QString configFilter()
{
    return tr("JSON configs (*.json);;All files (*)");
}
} // namespace

MessageBoxPrompter::MessageBoxPrompter(QWidget *parent) : m_parent(parent) {}

Prompter::SaveChoice MessageBoxPrompter::askSaveChanges(const QString &documentName)
{
    const auto answer = QMessageBox::warning(
        m_parent, tr("Unsaved Changes"),
        tr("Do you want to save the changes to \"%1\"?").arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    return answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
}

bool MessageBoxPrompter::askRestoreRecovery(const QString &documentName, const QDateTime &savedAt)
{
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("Gatehouse did not close normally. Unsaved changes to \"%1\" from %2 "
                       "were kept.")
                        .arg(documentName, QLocale().toString(savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Restore them, or discard them and open the saved file?"));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

bool MessageBoxPrompter::askOpenLockedFile(const QString &path)
{
    const auto answer = QMessageBox::warning(
        m_parent, tr("File in Use"),
        tr("Another Gatehouse window has \"%1\" open. Saving from both will overwrite one "
           "window's changes with the other's.\n\nOpen it anyway?")
            .arg(path),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Open;
}

bool MessageBoxPrompter::askSaveOverLockedFile(const QString &path)
{
    const auto answer = QMessageBox::warning(
        m_parent, tr("File in Use"),
        tr("Another Gatehouse window has \"%1\" open. Saving here replaces it under that "
           "window, and its next save replaces these changes.\n\nSave anyway?")
            .arg(path),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

bool MessageBoxPrompter::askReloadChangedFile(const QString &path, bool hasUnsavedEdits)
{
    QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                    tr("Another program saved \"%1\". Its token changes are already applied "
                       "here and on the test server.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(hasUnsavedEdits
                               ? tr("Reload the file and lose your unsaved edits, or keep "
                                    "editing? A save keeps the file's token changes either way.")
                               : tr("Reload the file to see its other changes?"));
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == reload;
}

QString MessageBoxPrompter::askOpenPath(const QString &startFolder)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Open Project"), startFolder, fileFilter());
}

QString MessageBoxPrompter::askSavePath(const QString &suggestedPath)
{
    QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Save Project As"), suggestedPath, fileFilter());
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".gatehouse");
    return path;
}

void MessageBoxPrompter::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(m_parent, title, message);
}

Prompter::ErrorsChoice MessageBoxPrompter::askSaveWithErrors(const QString &documentName,
                                                             const QString &summary)
{
    QMessageBox box(QMessageBox::Warning, tr("Save With Errors"),
                    tr("\"%1\" has %2. gatehouse-cli validate will refuse it, and the test "
                       "server may not serve it.")
                        .arg(documentName, summary),
                    QMessageBox::Cancel, m_parent);
    QPushButton *show = box.addButton(tr("Show Problems"), QMessageBox::AcceptRole);
    QPushButton *save = box.addButton(tr("Save Anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(show);
    box.exec();
    if (box.clickedButton() == save)
        return ErrorsChoice::SaveAnyway;
    return box.clickedButton() == show ? ErrorsChoice::ShowProblems : ErrorsChoice::Cancel;
}

bool MessageBoxPrompter::askImportConfig(const QString &path)
{
    QMessageBox box(QMessageBox::Question, tr("Import JSON Config"),
                    tr("\"%1\" is a JSON config, not a project file.").arg(path),
                    QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Import it as a new, unsaved project (as File > Import or "
                              "gatehouse-cli import do)?"));
    QPushButton *import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(import);
    box.exec();
    return box.clickedButton() == import;
}

bool MessageBoxPrompter::askResetLiveData(const QString &path, bool hasUnsavedEdits)
{
    QMessageBox box(QMessageBox::Warning, tr("Reset Live Data"),
                    tr("Put the live data of \"%1\" back to the test data saved in it?")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Cancel, m_parent);
    QString details = tr("Every record the test server's requests made, changed or deleted goes "
                         "back to the saved test data, and every session, token use, sent e-mail "
                         "and scheduled run goes. The request log stays. Undo cannot bring the "
                         "live data back; a running server follows from its next request.");
    if (hasUnsavedEdits)
        details += QStringLiteral("\n\n") +
                   tr("Your unsaved edits are not included: save first to reset to "
                      "them.");
    box.setInformativeText(details);
    QPushButton *reset = box.addButton(tr("Reset Live Data"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == reset;
}

QString MessageBoxPrompter::askConfigOpenPath(const QString &startFolder)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Import JSON Config"), startFolder,
                                        configFilter());
}

QString MessageBoxPrompter::askConfigSavePath(const QString &suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export JSON Config"), suggestedPath,
                                                configFilter());
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".json");
    return path;
}

bool MessageBoxPrompter::askAccessChanges(const QString &documentName, const QString &action,
                                          const QList<audit::MatrixChange> &changes)
{
    PlanBeforeSaveDialog dialog(documentName, action, changes, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

QString MessageBoxPrompter::askExportPath(const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, tr("Export"), suggestedPath,
                                        filter + tr(";;All files (*)"));
}

} // namespace gatehouse
