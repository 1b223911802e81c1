#include "RecordsPanel.h"

#include "DataTypeListModel.h"
#include "EditorSession.h"
#include "RecordItemDelegate.h"
#include "RecordTableModel.h"
#include "commands/AddRecord.h"
#include "commands/ChangeRecord.h"
#include "commands/RemoveRecord.h"
#include "crypto/PasswordHasher.h"
#include "engine/BubbleResponses.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
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

// A user needs an e-mail address no other user has.
QString freeEmail(const Project &project)
{
    auto taken = [&](const QString &email) {
        return std::any_of(project.records.cbegin(), project.records.cend(), [&](const Record &r) {
            return r.values.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0;
        });
    };
    QString email = u"new-user@example.com"_s;
    for (int n = 2; taken(email); ++n)
        email = u"new-user-%1@example.com"_s.arg(n);
    return email;
}

} // namespace

RecordsPanel::RecordsPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_types(new DataTypeListModel(session, this)),
      m_model(new RecordTableModel(session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_typeChooser(new QComboBox), m_search(new QLineEdit), m_view(new QTableView),
      m_delete(button(tr("Delete record"), u"deleteRecord"_s)),
      m_setPassword(button(tr("Set password..."), u"setPassword"_s)), m_notice(new QLabel)
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
    m_view->setItemDelegate(new RecordItemDelegate(m_view));
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

    auto *add = button(tr("Add record"), u"addRecord"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Type")));
    top->addWidget(m_typeChooser);
    top->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_setPassword);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
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
    connect(add, &QPushButton::clicked, this, &RecordsPanel::addRecord);
    connect(m_delete, &QPushButton::clicked, this, &RecordsPanel::deleteSelectedRecord);
    connect(m_setPassword, &QPushButton::clicked, this, &RecordsPanel::askPassword);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordsPanel::updateButtons);
    updateButtons();
}

// A hidden panel shows no type, so edits and opens cost it nothing (on a
// large project a table of every record's labels took seconds); it fills
// in when shown.
void RecordsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model->typeIndex() != m_typeChooser->currentIndex())
        m_model->setTypeIndex(m_typeChooser->currentIndex());
    updateButtons();
}

void RecordsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setTypeIndex(-1);
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
    const int record = selectedRecord();
    m_delete->setEnabled(record >= 0);
    const DataType *type = m_model->currentType();
    m_setPassword->setVisible(type && type->isUser());
    m_setPassword->setEnabled(record >= 0);
}

void RecordsPanel::addRecord()
{
    const DataType *type = m_model->currentType();
    if (!type)
        return;
    const Project &project = m_session->document()->project();
    Record record;
    record.type = type->name;
    record.createdDate = record.modifiedDate = QDateTime::currentDateTimeUtc();
    record.id = BubbleResponses::newUniqueId(record.createdDate);
    if (type->isUser())
        record.values.insert(u"email"_s, freeEmail(project));
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
    if (record < 0)
        return false;
    return m_session->push(new RemoveRecord(m_session->document(), record)).ok();
}

bool RecordsPanel::setPassword(const QString &password, const QString &confirmation)
{
    const int index = selectedRecord();
    const DataType *type = m_model->currentType();
    if (index < 0 || !type || !type->isUser())
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
    if (selectedRecord() < 0)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Set password"), tr("New password:"),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(
        this, tr("Set password"), tr("The same password again:"), QLineEdit::Password, {}, &ok);
    if (ok)
        setPassword(password, again);
}

} // namespace gatehouse
