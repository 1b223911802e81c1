#include "PrivacyRuleForm.h"

#include "PermissionsEditor.h"
#include "panels/ExpressionEdit.h"
#include "panels/StatusColors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

void tint(QLabel *label, bool isError)
{
    QPalette palette = label->palette();
    const QPalette &behind = label->parentWidget() ? label->parentWidget()->palette() : palette;
    palette.setColor(QPalette::WindowText,
                     isError ? StatusColors::error(behind) : StatusColors::warning(behind));
    label->setPalette(palette);
}

} // namespace

PrivacyRuleForm::PrivacyRuleForm(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_name(new QLineEdit), m_nameError(new QLabel),
      m_condition(new ExpressionEdit), m_permissions(new PermissionsEditor), m_warnings(new QLabel)
{
    m_title->setObjectName(u"ruleTitle"_s);
    m_title->setWordWrap(true);
    m_name->setObjectName(u"ruleName"_s);
    m_nameError->setObjectName(u"ruleNameError"_s);
    m_nameError->setWordWrap(true);
    m_nameError->hide();
    m_condition->setupAsCondition(u"ruleCondition"_s,
                                  tr("When this holds for a record and the caller, the caller "
                                     "gets what the rule grants on that record"));
    m_condition->setPlaceholderText(tr("This Thing's Creator is Current User"));
    m_warnings->setObjectName(u"ruleWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->hide();

    // A box layout rather than a form: its wrapping labels get the height
    // their width needs, so nothing below them is squeezed.
    auto *fields = new QFormLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addRow(tr("&Name"), m_name);
    fields->addRow(tr("&When"), m_condition);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_title);
    column->addLayout(fields);
    column->addWidget(m_nameError);
    column->addWidget(m_warnings);
    column->addWidget(m_permissions);
    column->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, &PrivacyRuleForm::commitName);
    connect(m_condition, &ExpressionEdit::textEdited, this, [this](const QString &text) {
        emit conditionEdited(text, m_condition->editIsClick());
    });
    connect(m_permissions, &PermissionsEditor::edited, this, &PrivacyRuleForm::permissionsEdited);
}

void PrivacyRuleForm::showRule(std::shared_ptr<const Project> snapshot, int type, int rule)
{
    const DataType &dataType = snapshot->dataTypes.at(type);
    m_everyoneElse = rule < 0;
    const PrivacyRule *shown = m_everyoneElse ? nullptr : &dataType.privacyRules.at(rule);
    m_title->setText(
        m_everyoneElse
            ? tr("Everyone else: what a caller no rule matches gets on a %1").arg(dataType.name)
            : tr("Privacy rule of %1").arg(dataType.name));
    m_name->setEnabled(!m_everyoneElse);
    m_condition->setEnabled(!m_everyoneElse);
    m_shownName = shown ? shown->name : QString();
    if (!m_name->hasFocus() || !m_name->isModified())
        m_name->setText(m_shownName);
    ExpressionChecker::Context context;
    context.project = snapshot.get();
    context.place = ExpressionChecker::Place::PrivacyRuleCondition;
    context.dataType = dataType.name;
    context.snapshot = snapshot;
    m_condition->setContext(context);
    m_condition->setText(shown ? shown->condition : QString());
    QStringList fields;
    for (const Field &field : dataType.fields)
        fields.append(field.name);
    const bool inDataApi = snapshot->settings.dataApiEnabled &&
                           snapshot->settings.dataApiTypes.contains(dataType.name);
    m_permissions->showPermissions(shown ? shown->permissions : dataType.everyoneElse, fields,
                                   inDataApi);
}

void PrivacyRuleForm::setWarnings(const QStringList &warnings)
{
    QStringList lines;
    for (const QString &warning : warnings)
        lines.append(u"⚠ "_s + warning);
    tint(m_warnings, false);
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    fitHeightToWidth();
}

void PrivacyRuleForm::showNameError(const QString &text)
{
    tint(m_nameError, true);
    m_nameError->setText(text);
    m_nameError->setVisible(!text.isEmpty());
    fitHeightToWidth();
}

// The scroll area sizes the form by its minimum, which does not follow
// the wrapped warnings' height at this width: keep the minimum what the
// width needs, so the scroll area scrolls instead of squeezing the boxes.
void PrivacyRuleForm::fitHeightToWidth()
{
    if (layout() && layout()->hasHeightForWidth())
        setMinimumHeight(layout()->heightForWidth(width()));
}

void PrivacyRuleForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeightToWidth();
}

void PrivacyRuleForm::commitName()
{
    const QString name = m_name->text().trimmed();
    m_name->setModified(false);
    if (m_everyoneElse || name == m_shownName)
        return;
    emit renamed(name);
}

} // namespace gatehouse
