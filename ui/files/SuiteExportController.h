#pragma once

#include <QObject>

class QAction;

namespace gatehouse {

class EditorSession;
class Prompter;

// File > Export Saved Requests as a Postman collection or a Bruno folder:
// the files `gatehouse-cli suite export` writes, of the open project as it
// stands (unsaved saved requests included), the principals as environment
// variables left empty for the user to fill.
class SuiteExportController : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        Postman,
        Bruno
    };

    SuiteExportController(EditorSession *session, Prompter &prompter, QObject *parent);

    QAction *postmanAction() const { return m_postman; }
    QAction *brunoAction() const { return m_bruno; }

    // Asks for the path when `path` is empty; false when cancelled or not written.
    bool exportSuite(Format format, const QString &path = {});

signals:
    void statusMessage(const QString &message);

private:
    QString suggestedPath(Format format) const;

    EditorSession *m_session;
    Prompter &m_prompter;
    QAction *m_postman;
    QAction *m_bruno;
};

} // namespace gatehouse
