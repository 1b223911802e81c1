#pragma once

#include "model/RequestHistoryEntry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace gatehouse {

class EditorSession;

// The Request panel's History tab: every request the panel sent, newest
// first, as the project file keeps it (RequestHistoryFile); a click loads
// one back into the panel. Read from the file when shown, not while hidden.
class RequestHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestHistoryView(EditorSession *session, QWidget *parent = nullptr);

    // Writes `entry` to the project file's history, without credentials.
    void record(const RequestHistoryEntry &entry);
    void clearHistory();
    const QList<RequestHistoryEntry> &entries() const { return m_entries; }
    QListWidget *list() const { return m_list; }
    QPushButton *clearButton() const { return m_clear; }

signals:
    void entryChosen(const gatehouse::RequestHistoryEntry &entry);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showProblem(const QString &problem);
    static QString textOf(const RequestHistoryEntry &entry);

    EditorSession *m_session;
    QListWidget *m_list;
    QPushButton *m_clear;
    QLabel *m_problem;
    QList<RequestHistoryEntry> m_entries;
    bool m_stale = true;
};

} // namespace gatehouse
