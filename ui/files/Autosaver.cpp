#include "Autosaver.h"

#include "EditorSession.h"
#include "RecoveryFile.h"

namespace gatehouse {

Autosaver::Autosaver(EditorSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_beat.setInterval(30'000);
    m_idle.setInterval(5'000);
    m_idle.setSingleShot(true);
    connect(&m_beat, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(session->document(), &ProjectDocument::changed, this, &Autosaver::onDocumentChanged);
    connect(session, &EditorSession::saved, this, &Autosaver::discardRecovery);
    connect(session, &EditorSession::filePathChanged, this, [this] {
        discardRecovery();
        m_pending = m_session->isModified();
    });
    m_beat.start();
}

void Autosaver::setInterval(int milliseconds)
{
    m_beat.start(milliseconds);
}

void Autosaver::setIdleDelay(int milliseconds)
{
    m_idle.setInterval(milliseconds);
}

void Autosaver::onDocumentChanged()
{
    m_pending = true;
    m_idle.start();
}

bool Autosaver::autosaveNow()
{
    if (!m_pending || !m_session->isModified())
        return false;
    const RecoveryFile recovery(m_session->filePath());
    if (Result<> written = recovery.write(m_session->store(), m_session->document()->project());
        !written) {
        emit autosaveFailed(written.errorMessage());
        return false;
    }
    m_writtenFor = m_session->filePath();
    m_written = true;
    m_pending = false;
    return true;
}

void Autosaver::discardRecovery()
{
    m_idle.stop();
    m_pending = false;
    if (m_written) {
        RecoveryFile(m_writtenFor).remove();
        m_written = false;
    }
}

} // namespace gatehouse
