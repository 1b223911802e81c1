#include "SuiteExportController.h"

#include "EditorSession.h"
#include "Prompter.h"
#include "exchange/SuiteCollectionFiles.h"
#include "model/ProjectDocument.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SuiteExportController::SuiteExportController(EditorSession *session, Prompter &prompter,
                                             QObject *parent)
    : QObject(parent), m_session(session), m_prompter(prompter),
      m_postman(new QAction(tr("Export Saved Requests as &Postman..."), this)),
      m_bruno(new QAction(tr("Export Saved Requests as &Bruno..."), this))
{
    m_postman->setObjectName(u"exportSuitePostman"_s);
    m_bruno->setObjectName(u"exportSuiteBruno"_s);
    m_postman->setStatusTip(tr("Write the saved requests as a Postman v2.1 collection and its "
                               "environment, secrets left empty, as gatehouse-cli suite export"));
    m_bruno->setStatusTip(tr("Write the saved requests as a new Bruno collection folder, "
                             "secrets left empty, as gatehouse-cli suite export"));
    connect(m_postman, &QAction::triggered, this, [this] { exportSuite(Format::Postman); });
    connect(m_bruno, &QAction::triggered, this, [this] { exportSuite(Format::Bruno); });
}

QString SuiteExportController::suggestedPath(Format format) const
{
    const QString base = m_session->displayName() + u"-requests"_s;
    const QString folder = m_session->filePath().isEmpty()
                               ? QDir::homePath()
                               : QFileInfo(m_session->filePath()).absolutePath();
    return QDir(folder).filePath(format == Format::Postman ? base + u".postman_collection.json"_s
                                                           : base);
}

bool SuiteExportController::exportSuite(Format format, const QString &requestedPath)
{
    const bool postman = format == Format::Postman;
    QString path = requestedPath;
    if (path.isEmpty())
        path = m_prompter.askExportPath(suggestedPath(format),
                                        postman ? tr("Postman collections (*.json)")
                                                : tr("Bruno collection folders (*)"));
    if (path.isEmpty())
        return false;
    const Project &project = m_session->document()->project();
    const QString name = m_session->displayName();
    const Result<QString> written = postman
                                        ? SuiteCollectionFiles::writePostman(project, name, path)
                                        : SuiteCollectionFiles::writeBruno(project, name, path);
    if (!written) {
        emit statusMessage(written.errorMessage());
        m_prompter.showError(tr("Cannot Export Saved Requests"), written.errorMessage());
        return false;
    }
    emit statusMessage(
        tr("Exported %n saved request(s) to %1", nullptr, int(project.savedRequests.size()))
            .arg(QDir::toNativeSeparators(written.value())));
    return true;
}

} // namespace gatehouse
