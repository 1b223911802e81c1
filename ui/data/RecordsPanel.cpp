#include "RecordsPanel.h"

#include "DataTypeListModel.h"
#include "EditorSession.h"
#include "LiveRecordsController.h"
#include "PasswordDialog.h"
#include "RecordItemDelegate.h"
#include "RecordListDialog.h"
#include "RecordTableModel.h"
#include "UserEmails.h"
#include "commands/AddRecord.h"
#include "commands/ChangeRecord.h"
#include "commands/RemoveRecord.h"
#include "crypto/PasswordHasher.h"
#include "engine/BubbleResponses.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

QToolButton *sourceButton(const QString &text, const QString &objectName, const QString &tip)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    b->setCheckable(true);
    // Bold when chosen: a pressed look alone hardly shows on a dark palette.
    QObject::connect(b, &QToolButton::toggled, b, [b](bool on) {
        QFont font = b->font();
        font.setBold(on);
        b->setFont(font);
    });
    return b;
}

} // namespace

RecordsPanel::RecordsPanel(EditorSession *session, TestServerController *server, Prompter &prompter,
                           QWidget *parent)
    : QWidget(parent), m_session(session), m_types(new DataTypeListModel(session, this)),
      m_model(new RecordTableModel(session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_typeChooser(new QComboBox), m_search(new QLineEdit), m_view(new QTableView),
      m_add(button(tr("Add record"), u"addRecord"_s)),
      m_delete(button(tr("Delete record"), u"deleteRecord"_s)),
      m_setPassword(button(tr("Set password..."), u"setPassword"_s)),
      m_refreshLive(button(tr("Refresh"), u"refreshLiveData"_s)),
      m_resetLive(button(tr("Reset live data to the test data..."), u"resetLiveData"_s)),
      m_testSource(sourceButton(tr("Test data"), u"showTestData"_s,
                                tr("The project's test records: what it saves, edited here "
                                   "with Undo"))),
      m_liveSource(sourceButton(tr("Live data"), u"showLiveData"_s,
                                tr("The records as the test server's requests left them in the "
                                   "project file: read-only"))),
      m_banner(new QLabel), m_error(new QLabel), m_pages(new QStackedWidget), m_notice(new QLabel),
      m_live(new LiveRecordsController(session, server, prompter, this))
{
    m_typeChooser->setObjectName(u"recordTypeChooser"_s);
    m_typeChooser->setModel(m_types);
    m_search->setObjectName(u"recordSearch"_s);
    m_search->setPlaceholderText(tr("Search records"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_view->setObjectName(u"recordTable"_s);
    m_view->setModel(m_proxy);
    auto *delegate = new RecordItemDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // project order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_notice->setObjectName(u"recordNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    // Marked in the selection's colours, which stand out in light and dark.
    m_banner->setObjectName(u"liveBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::Highlight);
    m_banner->setForegroundRole(QPalette::HighlightedText);
    m_banner->setMargin(6);
    m_banner->hide();
    m_error->setObjectName(u"liveError"_s);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_error);
    m_resetLive->setToolTip(tr("Puts the live records back to the test data saved in the file "
                               "and ends every session, as `gatehouse-cli serve --reset-data`. "
                               "Not an undo step"));

    auto *top = new QHBoxLayout;
    top->addWidget(sourceSwitch());
    top->addWidget(new QLabel(tr("Type")));
    top->addWidget(m_typeChooser);
    top->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_delete, m_setPassword, m_refreshLive, m_resetLive})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);

    connect(m_typeChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (isVisible())
            m_model->setTypeIndex(index);
        updateButtons();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &RecordTableModel::problemChanged, this, &RecordsPanel::showNotice);
    connect(m_add, &QPushButton::clicked, this, &RecordsPanel::addRecord);
    connect(m_delete, &QPushButton::clicked, this, &RecordsPanel::deleteSelectedRecord);
    connect(m_setPassword, &QPushButton::clicked, this, &RecordsPanel::askPassword);
    connect(m_refreshLive, &QPushButton::clicked, m_live, &LiveRecordsController::read);
    connect(m_resetLive, &QPushButton::clicked, this, &RecordsPanel::resetLiveData);
    connect(delegate, &RecordItemDelegate::listEditRequested, this, &RecordsPanel::editList);
    connect(m_live, &LiveRecordsController::recordsRead, this, &RecordsPanel::showLiveRecords);
    connect(m_live, &LiveRecordsController::readFailed, this, &RecordsPanel::showLiveError);
    connect(m_live, &LiveRecordsController::resetDone, this,
            [this](bool, const QString &message) { showNotice(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordsPanel::updateButtons);
    updateButtons();
}

QWidget *RecordsPanel::sourceSwitch()
{
    auto *group = new QButtonGroup(this);
    group->addButton(m_testSource);
    group->addButton(m_liveSource);
    m_testSource->setChecked(true);
    connect(m_liveSource, &QToolButton::toggled, this, &RecordsPanel::showLiveData);
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_testSource);
    row->addWidget(m_liveSource);
    return box;
}

// A hidden panel shows no type, so edits and opens cost it nothing (on a
// large project a table of every record's labels took seconds); it fills
// in when shown.
void RecordsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model->typeIndex() != m_typeChooser->currentIndex())
        m_model->setTypeIndex(m_typeChooser->currentIndex());
    m_live->setActive(m_liveMode);
    updateButtons();
}

void RecordsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_live->setActive(false);
    m_model->setTypeIndex(-1);
}

void RecordsPanel::showLiveData(bool live)
{
    if (m_liveSource->isChecked() != live) {
        (live ? m_liveSource : m_testSource)->setChecked(true); // the switch calls back
        return;
    }
    m_liveMode = live;
    showNotice({});
    if (!live) {
        m_model->showTestData();
        m_pages->setCurrentWidget(m_view);
        m_banner->hide();
    }
    m_live->setActive(live && isVisible());
    updateButtons();
}

// A refresh keeps the selected record and the scroll position, also across
// a reset of the rows (a record the server added or deleted).
void RecordsPanel::showLiveRecords(const LiveRecords &live)
{
    if (!m_liveMode)
        return;
    const int selected = selectedRecord();
    const QString id =
        selected >= 0 && m_model->isLive() ? m_model->recordIdAt(selected) : QString();
    const int scrolled = m_view->verticalScrollBar()->value();
    m_model->showLive(live.records);
    m_pages->setCurrentWidget(m_view);
    m_banner->setText(live.started
                          ? tr("LIVE DATA: the records as the test server's requests left them. "
                               "Read-only; edits go to the test data, which the project saves.")
                          : tr("LIVE DATA: the test server has not started it yet; it will start "
                               "as the test data saved in the file. Read-only."));
    m_banner->show();
    const int row = id.isEmpty() ? -1 : m_model->rowOfRecordId(id);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    m_view->verticalScrollBar()->setValue(scrolled);
    updateButtons();
}

// "Could not tell" is not "nothing there": the error takes the table's place.
void RecordsPanel::showLiveError(const QString &message)
{
    if (!m_liveMode)
        return;
    m_error->setText(message);
    m_pages->setCurrentWidget(m_error);
    m_banner->setText(tr("LIVE DATA"));
    m_banner->show();
    updateButtons();
}

bool RecordsPanel::resetLiveData()
{
    return m_live->reset();
}

QString RecordsPanel::liveBanner() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString RecordsPanel::liveError() const
{
    return m_pages->currentWidget() == m_error ? m_error->text() : QString();
}

QWidget *RecordsPanel::currentPage() const
{
    return m_pages->currentWidget();
}

QString RecordsPanel::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void RecordsPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void RecordsPanel::selectType(const QString &typeName)
{
    m_typeChooser->setCurrentIndex(m_typeChooser->findText(typeName));
}

int RecordsPanel::selectedRecord() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_model->recordIndexOfRow(m_proxy->mapToSource(rows.first()).row());
}

void RecordsPanel::updateButtons()
{
    const int record = m_liveMode ? -1 : selectedRecord();
    m_add->setVisible(!m_liveMode);
    m_delete->setVisible(!m_liveMode);
    m_delete->setEnabled(record >= 0);
    const DataType *type = m_model->currentType();
    m_setPassword->setVisible(!m_liveMode && type && type->isUser());
    m_setPassword->setEnabled(record >= 0);
    m_refreshLive->setVisible(m_liveMode);
    m_resetLive->setVisible(m_liveMode);
    m_resetLive->setEnabled(!m_session->filePath().isEmpty());
}

void RecordsPanel::addRecord()
{
    const DataType *type = m_model->currentType();
    if (!type || m_liveMode)
        return;
    const Project &project = m_session->document()->project();
    Record record;
    record.type = type->name;
    record.createdDate = record.modifiedDate = QDateTime::currentDateTimeUtc();
    record.id = BubbleResponses::newUniqueId(record.createdDate);
    if (type->isUser())
        record.values.insert(u"email"_s, UserEmails::unused(project));
    const int index = int(project.records.size());
    if (!m_session->push(new AddRecord(m_session->document(), index, record)))
        return;
    showNotice({});
    const QModelIndex added =
        m_proxy->mapFromSource(m_model->index(m_model->rowOfRecord(index), 0));
    m_view->setCurrentIndex(added);
    m_view->scrollTo(added);
}

bool RecordsPanel::deleteSelectedRecord()
{
    const int record = selectedRecord();
    if (record < 0 || m_liveMode)
        return false;
    return m_session->push(new RemoveRecord(m_session->document(), record)).ok();
}

bool RecordsPanel::setPassword(const QString &password, const QString &confirmation)
{
    const int index = selectedRecord();
    const DataType *type = m_model->currentType();
    if (index < 0 || m_liveMode || !type || !type->isUser())
        return false;
    if (password.isEmpty() || password != confirmation) {
        showNotice(password.isEmpty() ? tr("Password not set: it cannot be empty")
                                      : tr("Password not set: the two entries differ"));
        return false;
    }
    const auto hash = PasswordHasher::hash(password);
    if (!hash) {
        showNotice(tr("Password not set: %1").arg(hash.error().message));
        return false;
    }
    Record edited = m_session->document()->project().records.at(index);
    edited.passwordHash = hash.value();
    edited.modifiedDate = QDateTime::currentDateTimeUtc();
    const QString email = edited.values.value(u"email"_s).toString();
    const auto pushed = m_session->push(new ChangeRecord(m_session->document(), index, edited,
                                                         tr("Set the password of %1").arg(email)));
    showNotice(pushed ? QString() : pushed.error().message);
    return pushed.ok();
}

void RecordsPanel::askPassword()
{
    const int index = selectedRecord();
    if (index < 0 || m_liveMode || m_passwordDialog)
        return;
    const Record &user = m_session->document()->project().records.at(index);
    m_passwordDialog = new PasswordDialog(user.values.value(u"email"_s).toString(), this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passwordDialog, &QDialog::accepted, this, [this] {
        setPassword(m_passwordDialog->password(), m_passwordDialog->confirmation());
    });
    connect(m_passwordDialog, &QObject::destroyed, this, [this] { m_passwordDialog = nullptr; });
    m_passwordDialog->open();
}

void RecordsPanel::editList(const QModelIndex &index)
{
    if (m_listDialog || !(index.flags() & Qt::ItemIsEditable))
        return;
    const QString field = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    const QPersistentModelIndex cell(index);
    m_listDialog =
        new RecordListDialog(tr("Edit %1").arg(field), index.data(Qt::EditRole).toStringList(),
                             index.data(RecordTableModel::ChoiceLabelsRole).toStringList(),
                             index.data(RecordTableModel::ChoiceIdsRole).toStringList(), this);
    m_listDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_listDialog, &QDialog::accepted, this, [this, cell] {
        if (cell.isValid())
            m_proxy->setData(cell, m_listDialog->items(), Qt::EditRole);
    });
    connect(m_listDialog, &QObject::destroyed, this, [this] { m_listDialog = nullptr; });
    m_listDialog->open();
}

} // namespace gatehouse
