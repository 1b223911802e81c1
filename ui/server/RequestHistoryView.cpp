#include "RequestHistoryView.h"

#include "EditorSession.h"
#include "model/ProjectDocument.h"
#include "storage/RequestHistoryFile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RequestHistoryView::RequestHistoryView(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget),
      m_clear(new QPushButton(tr("Clear history"))), m_problem(new QLabel)
{
    setObjectName(u"requestHistoryView"_s);
    m_list->setObjectName(u"requestHistoryList"_s);
    m_list->setUniformItemSizes(true);
    m_clear->setObjectName(u"clearRequestHistory"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_entries.size())
            emit entryChosen(m_entries.at(row));
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    connect(m_clear, &QPushButton::clicked, this, &RequestHistoryView::clearHistory);
    auto *note = new QLabel(tr("Newest first; test users by address, a pasted credential is "
                               "never kept"));
    note->setWordWrap(true); // never widens the dock
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_list, 1);
    connect(m_session->document(), &ProjectDocument::projectReset, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

void RequestHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void RequestHistoryView::record(const RequestHistoryEntry &entry)
{
    if (m_session->filePath().isEmpty())
        return; // the test server only runs a saved project
    if (auto written = RequestHistoryFile(m_session->filePath()).append(entry); !written)
        showProblem(tr("The history was not kept: %1").arg(written.errorMessage()));
    m_stale = true;
    if (isVisible())
        reload();
}

void RequestHistoryView::clearHistory()
{
    if (!m_session->filePath().isEmpty()) {
        if (auto cleared = RequestHistoryFile(m_session->filePath()).clear(); !cleared)
            showProblem(tr("The history was not cleared: %1").arg(cleared.errorMessage()));
    }
    reload();
}

void RequestHistoryView::reload()
{
    m_stale = false;
    m_entries.clear();
    m_list->clear();
    m_problem->hide();
    if (m_session->filePath().isEmpty())
        return;
    const auto read = RequestHistoryFile(m_session->filePath()).read();
    if (!read) {
        showProblem(tr("The history cannot be read: %1").arg(read.errorMessage()));
        return;
    }
    m_entries = read.value();
    for (const RequestHistoryEntry &entry : m_entries)
        m_list->addItem(textOf(entry));
}

void RequestHistoryView::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->show();
}

QString RequestHistoryView::textOf(const RequestHistoryEntry &entry)
{
    const QString status = entry.status ? QString::number(entry.status) : tr("no answer");
    return u"%1  %2 %3  %4  %5"_s.arg(entry.time.toLocalTime().toString(u"HH:mm:ss"_s),
                                      QString::fromLatin1(entry.method), entry.path, status,
                                      tr("as %1").arg(entry.principalText()));
}

} // namespace gatehouse
