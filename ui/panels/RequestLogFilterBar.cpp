#include "RequestLogFilterBar.h"

#include "models/RequestLogFilterModel.h"
#include "models/RequestLogModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr int countIntervalMs = 250;

QComboBox *makeCombo(const QString &objectName, const QString &any, const QString &tip)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(any, QString());
    combo->setToolTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Narrow in a narrow dock: the full name is in the popup and the tooltip.
    combo->setMinimumContentsLength(4);
    return combo;
}
} // namespace

RequestLogFilterBar::RequestLogFilterBar(RequestLogFilterModel *filter, QWidget *parent)
    : QWidget(parent), m_filter(filter),
      m_target(makeCombo(u"requestLogTargetFilter"_s, tr("Any target"),
                         tr("Only calls to this workflow or Data API type"))),
      m_status(makeCombo(u"requestLogStatusFilter"_s, tr("Any status"),
                         tr("Only answers of this class; HTTP layer: answered before the engine "
                            "(a limit, a timeout, a malformed request)"))),
      m_caller(makeCombo(u"requestLogCallerFilter"_s, tr("Any caller"),
                         tr("Only calls by this caller"))),
      m_text(new QLineEdit), m_count(new QLabel)
{
    using StatusClass = RequestLogFilterModel::StatusClass;
    for (const StatusClass statusClass :
         {StatusClass::Success, StatusClass::Redirection, StatusClass::ClientError,
          StatusClass::ServerError, StatusClass::HttpLayer})
        m_status->addItem(RequestLogFilterModel::statusClassName(statusClass), int(statusClass));
    m_text->setObjectName(u"requestLogTextFilter"_s);
    m_text->setPlaceholderText(tr("Filter: path, caller, reason"));
    m_text->setClearButtonEnabled(true);
    m_count->setObjectName(u"requestLogCount"_s);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The dock is narrow beside the others: two filters a row, the count
    // below them, wrapped rather than widening the dock.
    m_count->setWordWrap(true);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(u"Filter"_s) * 2);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_target, 0, 0);
    layout->addWidget(m_status, 0, 1);
    layout->addWidget(m_caller, 1, 0);
    layout->addWidget(m_text, 1, 1);
    layout->addWidget(m_count, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(m_target, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTarget(m_target->currentData().toString()); });
    connect(m_caller, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCaller(m_caller->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant chosen = m_status->currentData();
        m_filter->setStatusClass(chosen.typeId() == QMetaType::Int ? StatusClass(chosen.toInt())
                                                                   : StatusClass::Any);
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &RequestLogFilterModel::setText);

    m_countLater.setSingleShot(true);
    m_countLater.setInterval(countIntervalMs);
    connect(&m_countLater, &QTimer::timeout, this, &RequestLogFilterBar::updateCount);
    RequestLogModel *log = filter->log();
    connect(log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { gather(first, last); });
    connect(log, &QAbstractItemModel::modelReset, this, &RequestLogFilterBar::regather);
    connect(log, &RequestLogModel::droppedCountChanged, this, &RequestLogFilterBar::scheduleCount);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &RequestLogFilterBar::scheduleCount);
    connect(filter, &QAbstractItemModel::modelReset, this, &RequestLogFilterBar::scheduleCount);
    connect(filter, &RequestLogFilterModel::filterChanged, this, &RequestLogFilterBar::updateCount);
    updateCount();
}

void RequestLogFilterBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    regather();
}

void RequestLogFilterBar::gather(int first, int last)
{
    if (!isVisible())
        return;
    for (int row = first; row <= last; ++row) {
        const RequestLogEntry &entry = m_filter->log()->entry(row);
        addChoice(m_target, RequestLogFilterModel::targetOf(entry));
        addChoice(m_caller, entry.principal);
    }
    scheduleCount();
}

void RequestLogFilterBar::regather()
{
    if (!isVisible())
        return;
    // The chosen filter stays, even when no row of it is left.
    for (QComboBox *combo : {m_target, m_caller}) {
        const QString chosen = combo->currentData().toString();
        const bool blocked = combo->blockSignals(true);
        while (combo->count() > 1)
            combo->removeItem(1);
        addChoice(combo, chosen);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
        combo->blockSignals(blocked);
    }
    gather(0, m_filter->log()->rowCount() - 1);
    updateCount();
}

// In order, after the "any" choice; each once.
void RequestLogFilterBar::addChoice(QComboBox *combo, const QString &choice)
{
    if (choice.isEmpty())
        return;
    int at = 1;
    while (at < combo->count()) {
        const int order = QString::compare(combo->itemData(at).toString(), choice);
        if (order == 0)
            return;
        if (order > 0)
            break;
        ++at;
    }
    combo->insertItem(at, choice, choice);
}

void RequestLogFilterBar::scheduleCount()
{
    if (isVisible() && !m_countLater.isActive())
        m_countLater.start();
}

void RequestLogFilterBar::updateCount()
{
    const QString text = m_filter->countText();
    m_count->setText(text);
    m_count->setToolTip(text);
}

} // namespace gatehouse
