#include "NewTokenDialog.h"

#include "ScopeEditor.h"

#include "model/DataType.h"
#include "model/ProjectDocument.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

NewTokenDialog::NewTokenDialog(ProjectDocument *document, std::function<QDateTime()> now,
                               QWidget *parent)
    : QDialog(parent), m_document(document), m_now(std::move(now)),
      m_admin(new QRadioButton(tr("Admin token"))),
      m_user(new QRadioButton(tr("User token, acting as:"))), m_users(new QComboBox),
      m_name(new QLineEdit), m_purpose(new QLineEdit), m_expiry(new QComboBox),
      m_date(new QDateEdit), m_scopes(new ScopeEditor(document->project())),
      m_fullAccess(new QCheckBox(tr("Full access, as Bubble's API tokens"))),
      m_fullWarning(new QLabel), m_problem(new QLabel), m_create(new QPushButton(tr("Create")))
{
    setObjectName(u"newTokenDialog"_s);
    setWindowTitle(tr("New Token"));
    m_admin->setObjectName(u"adminKind"_s);
    m_user->setObjectName(u"userKind"_s);
    m_users->setObjectName(u"tokenUser"_s);
    m_name->setObjectName(u"tokenName"_s);
    m_purpose->setObjectName(u"tokenPurpose"_s);
    m_expiry->setObjectName(u"tokenExpiry"_s);
    m_date->setObjectName(u"tokenExpiryDate"_s);
    m_fullAccess->setObjectName(u"fullAccess"_s);
    m_problem->setObjectName(u"newTokenProblem"_s);
    m_create->setObjectName(u"createToken"_s);
    m_admin->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_admin);
    kinds->addButton(m_user);
    for (const Record &record : document->project().records) {
        if (record.type == DataType::userTypeName())
            m_users->addItem(record.values.value(u"email"_s).toString(), record.id);
    }
    m_name->setPlaceholderText(tr("billing-export"));
    m_purpose->setPlaceholderText(tr("the integration it is for: nightly billing export"));
    m_expiry->addItems({tr("in 7 days"), tr("in 30 days"), tr("in 90 days"), tr("in 365 days"),
                        tr("on a date"), tr("never")});
    m_expiry->setCurrentIndex(Days30);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(m_now().date().addDays(30));
    m_date->setMinimumDate(m_now().date().addDays(1));
    m_fullAccess->setToolTip(tr("Every workflow, every data type and operation, private files"));
    m_fullWarning->setObjectName(u"fullAccessWarning"_s);
    m_fullWarning->setWordWrap(true);
    m_fullWarning->setText(
        tr("Warning: a full access token may do anything any workflow or the Data API can, to "
           "every record, and read private files. Whoever holds its secret holds the whole "
           "API. Prefer the scopes above."));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_admin);
    kindRow->addWidget(m_user);
    kindRow->addWidget(m_users, 1);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry);
    expiryRow->addWidget(m_date);
    expiryRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), kindRow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("Expires:"), expiryRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    auto *scopeArea = new QScrollArea;
    scopeArea->setWidget(m_scopes);
    scopeArea->setWidgetResizable(true);
    scopeArea->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Scopes</b> (a new token may do nothing until you grant "
                                    "it):")));
    layout->addWidget(scopeArea, 1);
    layout->addWidget(m_fullAccess);
    layout->addWidget(m_fullWarning);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_create, &QPushButton::clicked, this, &NewTokenDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QRadioButton::toggled, this, &NewTokenDialog::updateForm);
    connect(m_fullAccess, &QCheckBox::toggled, this, &NewTokenDialog::updateForm);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &NewTokenDialog::updateForm);
    updateForm();
    resize(560, 640);
}

NewTokenDialog::~NewTokenDialog()
{
    forgetSecret();
}

void NewTokenDialog::updateForm()
{
    m_users->setEnabled(m_user->isChecked());
    m_date->setEnabled(m_expiry->currentIndex() == OnDate);
    m_scopes->setEnabled(!m_fullAccess->isChecked());
    m_fullWarning->setVisible(m_fullAccess->isChecked());
}

std::optional<qint64> NewTokenDialog::expiresIn() const
{
    static const int days[] = {7, 30, 90, 365};
    const int choice = m_expiry->currentIndex();
    if (choice == Never)
        return std::nullopt;
    if (choice == OnDate) {
        const QDateTime end(m_date->date(), QTime(23, 59, 59), Qt::UTC);
        return m_now().secsTo(end);
    }
    return qint64(days[choice]) * 86400;
}

TokenRequest NewTokenDialog::request() const
{
    TokenRequest request;
    request.name = m_name->text();
    request.purpose = m_purpose->text();
    request.kind = m_user->isChecked() ? TokenKind::User : TokenKind::Admin;
    request.userId = m_user->isChecked() ? m_users->currentData().toString() : QString();
    request.scopes = m_fullAccess->isChecked() ? TokenScopes{} : m_scopes->scopes();
    request.expiresInSeconds = expiresIn();
    return request;
}

QString NewTokenDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void NewTokenDialog::create()
{
    auto made = TokenIssuer::issue(m_document->project(), request(), m_now());
    if (!made) {
        m_problem->setText(tr("Not created: %1").arg(made.errorMessage()));
        m_problem->show();
        m_issued.reset();
        return;
    }
    m_issued = std::move(made).value();
    accept();
}

void NewTokenDialog::forgetSecret()
{
    if (m_issued) {
        m_issued->secret.fill(u'\0');
        m_issued->secret.clear();
    }
}

} // namespace gatehouse
