#include "ConfigImportController.h"

#include "EditorSession.h"
#include "FileController.h"
#include "FileMessages.h"
#include "Prompter.h"
#include "exchange/ConfigFile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ConfigImportController::ConfigImportController(EditorSession *session, FileController *files,
                                               Prompter &prompter)
    : QObject(files), m_session(session), m_files(files), m_prompter(prompter),
      m_import(new QAction(tr("&Import JSON Config..."), this)),
      m_export(new QAction(tr("&Export JSON Config..."), this))
{
    m_import->setStatusTip(tr("Open a JSON config as a new project, as gatehouse-cli import does"));
    m_export->setStatusTip(tr("Write the project's JSON config, without secrets, as "
                              "gatehouse-cli export does"));
    connect(m_import, &QAction::triggered, this, [this] {
        if (m_files->maybeSave())
            importConfig({});
    });
    connect(m_export, &QAction::triggered, this, [this] { exportConfig(); });
}

bool ConfigImportController::isConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(64).trimmed();
    // A UTF-8 byte order mark may come before the brace.
    return start.startsWith('{') || start.startsWith("\xEF\xBB\xBF{");
}

bool ConfigImportController::offerImport(const QString &path)
{
    if (!m_prompter.askImportConfig(path))
        return false;
    return importConfig(path);
}

bool ConfigImportController::importConfig(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString folder = m_session->filePath().isEmpty()
                                   ? QDir::homePath()
                                   : QFileInfo(m_session->filePath()).absolutePath();
        path = m_prompter.askConfigOpenPath(folder);
        if (path.isEmpty())
            return false;
    }
    Result<Project> project = ConfigFile::read(path);
    if (!project) {
        reportError(tr("Cannot Import Config"),
                    FileMessages::namingFileOnce(path, project.errorMessage()));
        return false;
    }
    m_files->closeCleanly();
    if (Result<> started = m_session->startUnsaved(std::move(project).value()); !started) {
        reportError(tr("Cannot Import Config"),
                    FileMessages::namingFileOnce(path, started.errorMessage()));
        return false;
    }
    emit statusMessage(
        tr("Imported %1; save it as a project file").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ConfigImportController::exportConfig(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QFileInfo file(m_session->filePath());
        const QString suggested =
            m_session->filePath().isEmpty()
                ? QDir::home().filePath(m_session->displayName() + u".json"_s)
                : file.absoluteDir().filePath(file.completeBaseName() + u".json"_s);
        path = m_prompter.askConfigSavePath(suggested);
        if (path.isEmpty())
            return false;
    }
    if (!m_files->confirmAccessChanges(tr("Export")))
        return false;
    if (Result<> written = ConfigFile::write(m_session->document()->project(), path); !written) {
        reportError(tr("Cannot Export Config"),
                    FileMessages::namingFileOnce(path, written.errorMessage()));
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ConfigImportController::reportError(const QString &title, const QString &message)
{
    emit statusMessage(message);
    m_prompter.showError(title, message);
}

} // namespace gatehouse
