#include "PrivacyPreviewPanel.h"

#include "DataTypeListModel.h"
#include "EditorSession.h"
#include "PrivacyPreviewModel.h"
#include "engine/MemoryDataStore.h"
#include "engine/Principals.h"
#include "engine/PrivacyPreview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

// How the principal is chosen again after the lists are refilled.
const QString kAnonymous = u"anonymous"_s;
const QString kUserPrefix = u"user:"_s;
const QString kTokenPrefix = u"token:"_s;

QString labelOf(const Record &record)
{
    const QString email = record.values.value(u"email"_s).toString();
    return email.isEmpty() ? record.id : email;
}

} // namespace

PrivacyPreviewPanel::PrivacyPreviewPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_typeModel(new DataTypeListModel(session, this)),
      m_model(new PrivacyPreviewModel(this)), m_type(new QComboBox), m_principal(new QComboBox),
      m_context(new QComboBox), m_view(new QTableView), m_summary(new QLabel),
      m_timer(new QTimer(this))
{
    m_type->setObjectName(u"previewType"_s);
    m_type->setModel(m_typeModel);
    m_principal->setObjectName(u"previewPrincipal"_s);
    m_context->setObjectName(u"previewContext"_s);
    m_view->setObjectName(u"previewTable"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideMiddle); // long record ids keep both ends
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PrivacyPreviewModel::RecordColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_summary->setObjectName(u"previewSummary"_s);
    m_summary->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);

    auto *choices = new QFormLayout;
    choices->addRow(tr("&Type"), m_type);
    choices->addRow(tr("&As"), m_principal);
    choices->addRow(tr("&Through"), m_context);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    for (QComboBox *box : {m_type, m_principal, m_context})
        connect(box, &QComboBox::activated, this, &PrivacyPreviewPanel::refresh);
    connect(session->document(), &ProjectDocument::changed, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &PrivacyPreviewPanel::refresh);
    refresh();
}

void PrivacyPreviewPanel::showType(const QString &typeName)
{
    const int index = m_session->document()->project().indexOfDataType(typeName);
    if (index >= 0)
        m_type->setCurrentIndex(index);
    refresh();
}

bool PrivacyPreviewPanel::choosePrincipal(const QString &label)
{
    fillPrincipals();
    const int index = m_principal->findText(label);
    if (index < 0)
        return false;
    m_principal->setCurrentIndex(index);
    refresh();
    return true;
}

void PrivacyPreviewPanel::fillPrincipals()
{
    const QString chosen = m_principal->currentData().toString();
    const Project &project = m_session->document()->project();
    QSignalBlocker blocker(m_principal);
    m_principal->clear();
    m_principal->addItem(tr("anonymous"), kAnonymous);
    for (const Record &record : project.records) {
        if (record.type == DataType::userTypeName())
            m_principal->addItem(labelOf(record), kUserPrefix + record.id);
    }
    for (const Token &token : project.tokens)
        m_principal->addItem(tr("token %1").arg(token.name), kTokenPrefix + token.name);
    m_principal->setCurrentIndex(std::max(0, m_principal->findData(chosen)));
}

void PrivacyPreviewPanel::fillContexts()
{
    const QString chosen = m_context->currentData().toString();
    const Project &project = m_session->document()->project();
    QSignalBlocker blocker(m_context);
    m_context->clear();
    m_context->addItem(tr("the Data API (list)"), QString());
    for (const Workflow &workflow : project.workflows) {
        const QString privacy =
            workflow.ignorePrivacyRules ? tr("ignores privacy rules") : tr("applies privacy rules");
        m_context->addItem(tr("a search in %1 (%2)").arg(workflow.name, privacy), workflow.name);
    }
    m_context->setCurrentIndex(std::max(0, m_context->findData(chosen)));
}

std::optional<Principal> PrivacyPreviewPanel::chosenPrincipal() const
{
    const Project &project = m_session->document()->project();
    const QString chosen = m_principal->currentData().toString();
    if (chosen.startsWith(kUserPrefix))
        return Principals::user(chosen.mid(kUserPrefix.size()));
    if (chosen.startsWith(kTokenPrefix)) {
        const Token *token = project.findToken(chosen.mid(kTokenPrefix.size()));
        return token ? std::optional(Principals::forToken(project, *token)) : std::nullopt;
    }
    return Principals::anonymous();
}

// A hidden panel computes nothing; it catches up when shown.
void PrivacyPreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PrivacyPreviewPanel::refresh()
{
    m_timer->stop();
    m_stale = !isVisible();
    if (m_stale)
        return;
    fillPrincipals();
    fillContexts();
    const std::shared_ptr<const Project> project = m_session->document()->snapshot();
    const DataType *type =
        m_type->currentIndex() >= 0 && m_type->currentIndex() < project->dataTypes.size()
            ? &project->dataTypes.at(m_type->currentIndex())
            : nullptr;
    const std::optional<Principal> principal = chosenPrincipal();
    if (!type || !principal) {
        m_model->show({}, {}, {});
        m_summary->setText(tr("Choose a type and a principal."));
        return;
    }
    const MemoryDataStore testData(project->records);
    const ManualClock clock(QDateTime::currentDateTimeUtc());
    const auto preview = PrivacyPreview(*project, testData, clock)
                             .of(type->name, *principal, {m_context->currentData().toString()});
    if (!preview) {
        m_model->show({}, {}, {});
        m_summary->setText(tr("No preview: %1").arg(preview.errorMessage()));
        return;
    }
    QStringList fields;
    for (const Field &field : type->fields)
        fields.append(field.name);
    QStringList labels;
    int found = 0;
    for (const RecordPreview &record : preview.value()) {
        const Record *stored = project->findRecord(record.recordId);
        labels.append(stored ? labelOf(*stored) : record.recordId);
        found += record.found ? 1 : 0;
    }
    m_model->show(fields, preview.value(), labels);
    m_view->setColumnWidth(PrivacyPreviewModel::RecordColumn,
                           fontMetrics().averageCharWidth() * 16);
    m_summary->setText(tr("%1 finds %2 of the %3 test records of %4, before any save.")
                           .arg(m_principal->currentText())
                           .arg(found)
                           .arg(preview.value().size())
                           .arg(type->name));
}

} // namespace gatehouse
