#include "ExternalChangeWatcher.h"

#include "EditorSession.h"
#include "Prompter.h"

#include "model/SavedRequestMerge.h"
#include "model/TokenMerge.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectFileStamp.h"
#include "storage/TokenFile.h"

#include <QDir>

#include <algorithm>

namespace gatehouse {

namespace {
constexpr int kDefaultIntervalMs = 300;
} // namespace

ExternalChangeWatcher::ExternalChangeWatcher(EditorSession *session, Prompter &prompter,
                                             QObject *parent)
    : QObject(parent), m_session(session), m_prompter(prompter)
{
    m_poll.setInterval(kDefaultIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ExternalChangeWatcher::checkNow);
    connect(m_session, &EditorSession::saved, this, &ExternalChangeWatcher::follow);
    connect(m_session, &EditorSession::opened, this, &ExternalChangeWatcher::follow);
    follow();
}

ExternalChangeWatcher::~ExternalChangeWatcher() = default;

void ExternalChangeWatcher::setInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

void ExternalChangeWatcher::follow()
{
    m_poll.stop();
    m_stamp.reset();
    m_path = m_session->filePath();
    m_session->document()->setTokensInFile({});
    if (m_path.isEmpty())
        return;
    auto stamp = ProjectFileStamp::open(m_path);
    if (!stamp)
        return; // not a project file this build reads (a test's memory store)
    auto seen = stamp.value()->current();
    auto tokens = TokenFile(m_path).read();
    if (!seen || !tokens)
        return;
    m_stamp = std::move(stamp).value();
    m_seen = seen.value();
    m_fileTokens = tokens.value().tokens;
    m_session->document()->setTokensInFile(m_fileTokens);
    // Just opened, reloaded or saved here: the file holds the document's.
    m_fileSavedRequests = m_session->document()->project().savedRequests;
    m_poll.start();
}

bool ExternalChangeWatcher::checkNow()
{
    if (m_busy || !m_stamp)
        return false;
    if (m_path != m_session->filePath()) {
        follow();
        return false;
    }
    const Result<QString> now = m_stamp->current();
    if (!now || now.value() == m_seen)
        return false;
    m_busy = true;
    takeIn(now.value());
    m_busy = false;
    return true;
}

void ExternalChangeWatcher::takeIn(const QString &stamp)
{
    const QString shownPath = QDir::toNativeSeparators(m_path);
    auto file = ProjectFile::load(m_path, ProjectFile::Access::ReadOnly);
    if (!file) {
        // Not taken in: the next look tries again.
        emit statusMessage(tr("%1 was changed by another program and cannot be read: %2")
                               .arg(shownPath, file.errorMessage()));
        return;
    }
    m_seen = stamp;
    applyTokens(TokenMerge::merge(m_fileTokens, m_session->document()->project().tokens,
                                  file.value().tokens));
    m_fileTokens = file.value().tokens;
    m_session->document()->setTokensInFile(m_fileTokens);
    applySavedRequests(file.value().savedRequests);
    if (!differsBeyondMerged(file.value(), m_session->document()->project())) {
        emit statusMessage(
            tr("Tokens and saved requests changed in %1 by another program were applied")
                .arg(shownPath));
        return;
    }
    if (!m_prompter.askReloadChangedFile(m_path, m_session->isModified())) {
        emit statusMessage(
            tr("%1 was changed by another program; its tokens and saved requests were applied")
                .arg(shownPath));
        return;
    }
    if (Result<> reloaded = m_session->open(m_path); !reloaded) {
        m_prompter.showError(tr("Cannot Reload Project"), reloaded.errorMessage());
        return;
    }
    emit statusMessage(tr("Reloaded %1").arg(shownPath));
}

// Through the document, so that panels and the test server follow; outside
// the undo stack, since another program's save is not an edit to undo.
void ExternalChangeWatcher::applyTokens(const QList<Token> &merged)
{
    ProjectDocument *document = m_session->document();
    QStringList refused;
    for (int i = int(document->project().tokens.size()) - 1; i >= 0; --i) {
        const Token &token = document->project().tokens.at(i);
        const bool kept = std::any_of(merged.begin(), merged.end(),
                                      [&](const Token &m) { return m.name == token.name; });
        if (!kept && !document->removeToken(i))
            refused << token.name;
    }
    for (const Token &token : merged) {
        const int index = document->project().indexOfToken(token.name);
        if (index >= 0 && document->project().tokens.at(index) == token)
            continue;
        const Result<> done =
            index >= 0 ? document->replaceToken(index, token)
                       : document->insertToken(int(document->project().tokens.size()), token);
        if (!done)
            refused << token.name;
    }
    if (!refused.isEmpty())
        emit statusMessage(tr("Tokens from the file not taken in (they do not fit the project as "
                              "edited here): %1")
                               .arg(refused.join(QStringLiteral(", "))));
}

// A request `gatehouse-cli suite add` saved is kept, one it removed stays
// removed, and the editor's own edits stand (SavedRequestMerge): declining
// the reload never lets the next save drop what the other program wrote.
void ExternalChangeWatcher::applySavedRequests(const QList<SavedRequest> &inFile)
{
    ProjectDocument *document = m_session->document();
    const QList<SavedRequest> merged =
        SavedRequestMerge::merge(m_fileSavedRequests, document->project().savedRequests, inFile);
    m_fileSavedRequests = inFile;
    if (merged == document->project().savedRequests)
        return;
    if (const Result<> set = document->setSavedRequests(merged); !set)
        emit statusMessage(
            tr("Saved requests from the file not taken in: %1").arg(set.errorMessage()));
}

bool ExternalChangeWatcher::differsBeyondMerged(Project file, Project document)
{
    file.tokens.clear();
    document.tokens.clear();
    file.savedRequests.clear();
    document.savedRequests.clear();
    return !(file == document);
}

} // namespace gatehouse
