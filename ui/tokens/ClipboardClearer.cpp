#include "ClipboardClearer.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace gatehouse {

namespace {
QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardClearer::ClipboardClearer(QObject *parent, int intervalMs) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardClearer::clearIfStillOurs);
}

void ClipboardClearer::copy(const QString &secret)
{
    QGuiApplication::clipboard()->setText(secret);
    m_copiedHash = hashOf(secret);
    m_timer.start();
}

void ClipboardClearer::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_copiedHash.isEmpty() && hashOf(clipboard->text()) == m_copiedHash) {
        clipboard->clear();
        emit cleared();
    }
    m_copiedHash.clear();
}

} // namespace gatehouse
