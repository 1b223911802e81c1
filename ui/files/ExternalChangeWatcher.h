#pragma once

#include "model/SavedRequest.h"
#include "model/Token.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace gatehouse {

class EditorSession;
class ProjectFileStamp;
class Prompter;
struct Project;

// Notices a save another program made to the file the editor has open
// (`gatehouse-cli token revoke`, another editor) by its save stamp, checked
// a few times a second and before every save. Then, at once and without a
// question, it brings the file's tokens into the document (TokenMerge: a
// revocation or removal made there holds, a token made there is kept, the
// editor's own token edits stay), so the test server, which serves the
// document, refuses a revoked token from the next request and the next save
// keeps it revoked. When anything else in the file changed too, it offers
// to reload the file through the Prompter.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    ExternalChangeWatcher(EditorSession *session, Prompter &prompter, QObject *parent = nullptr);
    ~ExternalChangeWatcher() override;

    void setInterval(int milliseconds);
    // Looks at the file now; true when another program had saved it since.
    bool checkNow();

signals:
    void statusMessage(const QString &message);

private:
    // Starts following the session's file as it is now (after an open, a
    // reload or a save of its own).
    void follow();
    void takeIn(const QString &stamp);
    void applyTokens(const QList<Token> &merged);
    void applySavedRequests(const QList<SavedRequest> &inFile);
    // Whether the file differs from the document in more than what is
    // merged in without asking (tokens, saved requests).
    static bool differsBeyondMerged(Project file, Project document);

    EditorSession *m_session;
    Prompter &m_prompter;
    QTimer m_poll;
    QString m_path;
    std::unique_ptr<ProjectFileStamp> m_stamp;
    QString m_seen;                          // the stamp of the file as the editor last knew it
    QList<Token> m_fileTokens;               // the file's tokens then: the base of a merge
    QList<SavedRequest> m_fileSavedRequests; // likewise, its saved requests
    bool m_busy = false;
};

} // namespace gatehouse
