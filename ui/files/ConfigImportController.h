#pragma once

#include <QObject>

class QAction;

namespace gatehouse {

class EditorSession;
class FileController;
class Prompter;

// File > Import and Export of the JSON config, with the checks
// `gatehouse-cli import` and `export` make (core/exchange's ConfigFile). An
// import becomes a new, unsaved project; an export writes the open one.
class ConfigImportController : public QObject
{
    Q_OBJECT

public:
    ConfigImportController(EditorSession *session, FileController *files, Prompter &prompter);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    // Whether `path` holds a JSON config rather than a project file.
    static bool isConfig(const QString &path);
    // Asks for a config when `path` is empty, reads and checks it, and opens
    // it unsaved. The caller has asked about unsaved changes.
    bool importConfig(const QString &path);
    // `path` was opened as a project but is a config: offers the import.
    bool offerImport(const QString &path);
    bool exportConfig(const QString &path = {});

signals:
    void statusMessage(const QString &message);

private:
    void reportError(const QString &title, const QString &message);

    EditorSession *m_session;
    FileController *m_files;
    Prompter &m_prompter;
    QAction *m_import;
    QAction *m_export;
};

} // namespace gatehouse
