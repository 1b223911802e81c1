#include "DetectDataDialog.h"

#include "DetectDataController.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
enum Column
{
    KeyColumn,
    TypeColumn,
    OptionalColumn,
    ColumnCount
};

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString sourceText(ParameterSource source)
{
    return source == ParameterSource::Body ? DetectDataDialog::tr("the body")
                                           : DetectDataDialog::tr("the querystring");
}
} // namespace

DetectDataDialog::DetectDataDialog(DetectDataController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_pages(new QStackedWidget(this)),
      m_waitingFor(wrappedLabel(this)), m_curl(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("&Copy curl Command"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_summary(wrappedLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_ignored(wrappedLabel(this)),
      m_replaces(wrappedLabel(this)), m_apply(new QPushButton(tr("&Apply"), this)),
      m_discard(new QPushButton(tr("&Discard"), this)), m_message(wrappedLabel(this))
{
    setObjectName(u"detectDataDialog"_s);
    setModal(false);
    setWindowTitle(tr("Detect Data"));
    m_pages->addWidget(buildWaitingPage());
    m_pages->addWidget(buildDetectedPage());
    m_pages->addWidget(buildMessagePage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(580, sizeHint().height());

    connect(m_controller, &DetectDataController::listening, this, &DetectDataDialog::showWaiting);
    connect(m_controller, &DetectDataController::detected, this, &DetectDataDialog::showDetected);
    connect(m_controller, &DetectDataController::stopped, this, &DetectDataDialog::showMessage);
}

QWidget *DetectDataDialog::buildWaitingPage()
{
    auto *page = new QWidget(this);
    m_waitingFor->setObjectName(u"detectWaitingFor"_s);
    auto *hint = wrappedLabel(page);
    hint->setText(tr("Send one call with every key the workflow takes and a sample value of the "
                     "right type, from curl or the real client. The workflow does not run; "
                     "Gatehouse only reads the call's keys."));
    m_curl->setObjectName(u"detectCurl"_s);
    m_curl->setReadOnly(true);
    // Wrapped on screen only: the copied command keeps its lines.
    m_curl->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_curl->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Five lines, no scroll bar: the whole command is in sight.
    m_curl->setFixedHeight(m_curl->fontMetrics().lineSpacing() * 5 +
                           2 * (m_curl->frameWidth() + int(m_curl->document()->documentMargin())) +
                           4);
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Copy the command to the clipboard, to paste in a terminal"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_curl->toPlainText()); });
    m_cancel->setObjectName(u"detectCancel"_s);
    m_cancel->setToolTip(tr("Stop listening; a later call to /initialize is refused"));
    connect(m_cancel, &QPushButton::clicked, this, &DetectDataDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_waitingFor);
    layout->addWidget(hint);
    layout->addWidget(m_curl);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget *DetectDataDialog::buildDetectedPage()
{
    auto *page = new QWidget(this);
    m_summary->setObjectName(u"detectSummary"_s);
    m_table->setObjectName(u"detectedTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Type"), tr("Optional")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Stretch);
    m_ignored->setObjectName(u"detectIgnored"_s);
    m_replaces->setObjectName(u"detectReplaces"_s);
    m_apply->setObjectName(u"detectApply"_s);
    m_apply->setDefault(true);
    m_discard->setObjectName(u"detectDiscard"_s);
    m_discard->setAutoDefault(false);
    m_discard->setToolTip(tr("Close without changing the workflow"));
    connect(m_apply, &QPushButton::clicked, this, &DetectDataDialog::applyDetected);
    connect(m_discard, &QPushButton::clicked, this, &DetectDataDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_ignored);
    layout->addWidget(m_replaces);
    layout->addLayout(buttons);
    return page;
}

QWidget *DetectDataDialog::buildMessagePage()
{
    auto *page = new QWidget(this);
    m_message->setObjectName(u"detectMessage"_s);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, page);
    connect(close, &QDialogButtonBox::rejected, this, &DetectDataDialog::reject);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(close);
    return page;
}

void DetectDataDialog::detect(const QString &workflow)
{
    setWindowTitle(tr("Detect Data for %1").arg(workflow));
    if (const Result<> listening = m_controller->detect(workflow); !listening)
        showMessage(listening.errorMessage());
    show();
    raise();
    activateWindow();
}

void DetectDataDialog::showWaiting(const QString &workflow, const QString &url)
{
    m_detected.reset();
    m_waitingFor->setText(tr("Waiting for <b>POST %1</b>").arg(url.toHtmlEscaped()));
    m_curl->setPlainText(m_controller->curlExample());
    setWindowTitle(tr("Detect Data for %1").arg(workflow));
    showPage(0);
    m_cancel->setFocus();
}

// The window takes the height of the page it shows, not of the tallest.
void DetectDataDialog::showPage(int index)
{
    for (int page = 0; page < m_pages->count(); ++page)
        m_pages->widget(page)->setSizePolicy(
            page == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            page == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(index);
    layout()->invalidate();
    const QMargins margins = layout()->contentsMargins();
    const int page = m_pages->currentWidget()->sizeHint().height();
    const int wanted = margins.top() + margins.bottom() + page;
    resize(qMax(width(), 580), qMax(wanted, index == 1 ? 340 : 140));
}

void DetectDataDialog::showDetected(const DetectedParameters &detected)
{
    m_detected = detected;
    const int count = int(detected.parameters.size());
    const QString keys = count == 1 ? tr("1 key") : tr("%1 keys").arg(count);
    m_summary->setText(tr("The call to %1 brought %2 in %3:")
                           .arg(detected.workflow, keys, sourceText(detected.source)));
    fillTable(detected);
    m_ignored->setText(detected.ignored.isEmpty()
                           ? QString()
                           : tr("Ignored: %1").arg(detected.ignored.join(u"; "_s)));
    m_ignored->setVisible(!detected.ignored.isEmpty());
    m_replaces->setText(tr("Apply replaces %1's parameters with these and reads them from %2. "
                           "Edit > Undo takes it back.")
                            .arg(detected.workflow, sourceText(detected.source)));
    showPage(1);
    show();
    raise();
    m_apply->setFocus();
}

void DetectDataDialog::fillTable(const DetectedParameters &detected)
{
    m_table->setRowCount(int(detected.parameters.size()));
    for (int row = 0; row < detected.parameters.size(); ++row) {
        const Parameter &parameter = detected.parameters.at(row);
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(parameter.key));
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(parameter.type.displayName()));
        m_table->setItem(row, OptionalColumn,
                         new QTableWidgetItem(parameter.optional ? tr("yes") : tr("no")));
    }
}

void DetectDataDialog::showMessage(const QString &message)
{
    m_detected.reset();
    m_message->setText(message);
    showPage(2);
}

void DetectDataDialog::applyDetected()
{
    if (!m_detected)
        return;
    const Result<> applied = m_controller->apply(*m_detected);
    if (!applied) {
        showMessage(applied.errorMessage());
        return;
    }
    m_detected.reset();
    hide();
}

void DetectDataDialog::reject()
{
    m_controller->cancel();
    m_detected.reset();
    QDialog::reject();
}

} // namespace gatehouse
