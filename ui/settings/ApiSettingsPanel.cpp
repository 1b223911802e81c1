#include "ApiSettingsPanel.h"

#include "EditorSession.h"
#include "commands/ChangeSettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ApiSettingsPanel::ApiSettingsPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_types(new QListWidget)
{
    setObjectName(u"apiSettingsPanel"_s);
    setFocusPolicy(Qt::StrongFocus);
    auto *form = new QFormLayout;
    addToggle(form, u"workflowApi"_s, tr("Enable Workflow API"),
              &ProjectSettings::workflowApiEnabled,
              tr("Off: no workflow can be called from outside, whatever it exposes."));
    addToggle(form, u"dataApi"_s, tr("Enable Data API"), &ProjectSettings::dataApiEnabled,
              tr("On: the checked types below can be searched and changed over /obj, as "
                 "their privacy rules and the caller's token allow."));
    m_types->setObjectName(u"dataApiTypes"_s);
    m_types->setToolTip(tr("Each checked type is reachable through the Data API; leave "
                           "unchecked what no client needs."));
    m_types->setMaximumHeight(m_types->fontMetrics().height() * 5);
    form->addRow(tr("Data API types:"), m_types);
    addToggle(form, u"swagger"_s, tr("Publish the Swagger file"), &ProjectSettings::swaggerEnabled,
              tr("On: anyone can read the list of exposed endpoints and their parameters at "
                 "/meta/swagger.json."));
    addToggle(form, u"tokensInQuery"_s, tr("Accept tokens in the querystring (api_token=)"),
              &ProjectSettings::tokensInQuerystring,
              tr("On: a token may travel in the URL, where proxies, logs and browser history "
                 "keep it."));
    addToggle(form, u"adminBypassPrivacy"_s,
              tr("Admin tokens bypass privacy rules inside workflows"),
              &ProjectSettings::adminTokensBypassPrivacyInWorkflows,
              tr("On (Bubble since version 30): a workflow run with an admin token sees and "
                 "changes every record, whatever the privacy rules say."));
    addNumber(form, u"userTokenLifetime"_s, tr("User token lifetime:"), tr(" s"), 1,
              {nullptr, [](const ProjectSettings &s) { return s.userTokenLifetimeSeconds; },
               [](ProjectSettings &s, int v) { s.userTokenLifetimeSeconds = v; }},
              tr("How long a user token from a log-in works: a stolen one works that long."));
    addNumber(form, u"stayLoggedInLifetime"_s, tr("Stay-logged-in lifetime:"), tr(" s"), 1,
              {nullptr, [](const ProjectSettings &s) { return s.stayLoggedInLifetimeSeconds; },
               [](ProjectSettings &s, int v) { s.stayLoggedInLifetimeSeconds = v; }},
              tr("How long a \"stay logged in\" user token works: the longest a stolen session "
                 "lasts."));
    addNumber(form, u"inactivityWindow"_s, tr("Inactivity window:"), tr(" s"), 1,
              {nullptr, [](const ProjectSettings &s) { return s.userTokenInactivitySeconds; },
               [](ProjectSettings &s, int v) { s.userTokenInactivitySeconds = v; }},
              tr("A user session unused this long stops working, so a forgotten one cannot be "
                 "picked up later."));
    addNumber(form, u"reviewIntervalSetting"_s, tr("Token review interval:"), tr(" days"), 1,
              {nullptr, [](const ProjectSettings &s) { return s.tokenReviewIntervalDays; },
               [](ProjectSettings &s, int v) { s.tokenReviewIntervalDays = v; }},
              tr("How often each token should be looked at again; past it the Tokens panel "
                 "and the audit say \"review overdue\"."));
    addLimits(form);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Changes apply to the test server from its next request; each "
                                "is one step of Edit > Undo."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_types, &QListWidget::itemChanged, this, &ApiSettingsPanel::typeToggled);
    ProjectDocument *document = session->document();
    connect(document, &ProjectDocument::settingsChanged, this, &ApiSettingsPanel::showSettings);
    connect(document, &ProjectDocument::projectReset, this, &ApiSettingsPanel::showSettings);
    for (auto signal : {&ProjectDocument::dataTypeInserted, &ProjectDocument::dataTypeRemoved,
                        &ProjectDocument::dataTypeChanged})
        connect(document, signal, this, &ApiSettingsPanel::showTypes);
    showSettings();
}

void ApiSettingsPanel::addLimits(QFormLayout *form)
{
    addNumber(form, u"bodyLimit"_s, tr("Body limit:"), tr(" bytes"), 1,
              {nullptr, [](const ProjectSettings &s) { return s.limits.maxBodyBytes; },
               [](ProjectSettings &s, int v) { s.limits.maxBodyBytes = v; }},
              tr("A request body above this is refused before it is read, so a huge upload "
                 "cannot exhaust memory."));
    addNumber(form, u"ratePerToken"_s, tr("Requests a minute per token:"), {}, 0,
              {nullptr, [](const ProjectSettings &s) { return s.limits.requestsPerMinutePerToken; },
               [](ProjectSettings &s, int v) { s.limits.requestsPerMinutePerToken = v; }},
              tr("More calls than this with one token (or from one anonymous caller) in a "
                 "minute get 429, which slows down guessing and scraping; 0: no limit."));
    addNumber(form, u"ratePerWorkflow"_s, tr("Requests a minute per workflow:"), {}, 0,
              {nullptr,
               [](const ProjectSettings &s) { return s.limits.requestsPerMinutePerWorkflow; },
               [](ProjectSettings &s, int v) { s.limits.requestsPerMinutePerWorkflow = v; }},
              tr("More calls than this to one workflow in a minute get 429, so one endpoint "
                 "cannot be flooded; 0: no limit."));
    addClientLimits(form);
    addNumber(form, u"requestLogSize"_s, tr("Request log size:"), tr(" entries"), 1,
              {nullptr, [](const ProjectSettings &s) { return s.limits.requestLogSize; },
               [](ProjectSettings &s, int v) { s.limits.requestLogSize = v; }},
              tr("How many requests the log keeps for review; an attack older than that is no "
                 "longer in it."));
}

// What one client address may take of the test server, so that one script
// or one web page cannot lock the other clients out.
void ApiSettingsPanel::addClientLimits(QFormLayout *form)
{
    addNumber(form, u"ratePerClient"_s, tr("Requests a minute per client:"), {}, 0,
              {nullptr,
               [](const ProjectSettings &s) { return s.limits.requestsPerMinutePerClient; },
               [](ProjectSettings &s, int v) { s.limits.requestsPerMinutePerClient = v; }},
              tr("Calls without a token from one client address beyond this in a minute get "
                 "429; the other clients are not slowed down. 0: no limit."));
    addNumber(form, u"ratePerClientWorkflow"_s, tr("Requests a minute per client and workflow:"),
              {}, 0,
              {nullptr,
               [](const ProjectSettings &s) { return s.limits.requestsPerMinutePerClientWorkflow; },
               [](ProjectSettings &s, int v) { s.limits.requestsPerMinutePerClientWorkflow = v; }},
              tr("One client address calling one workflow beyond this in a minute gets 429, "
                 "before it can spend the workflow's shared limit and lock others out. 0: no "
                 "limit."));
    addNumber(form, u"connectionsPerClient"_s, tr("Connections per client:"), {}, 1,
              {nullptr, [](const ProjectSettings &s) { return s.limits.maxConnectionsPerClient; },
               [](ProjectSettings &s, int v) { s.limits.maxConnectionsPerClient = v; }},
              tr("Connections one client address may hold open at once; beyond it, 503. Slow "
                 "connections from one client cannot take the server from the others."));
    addNumber(form, u"headerDeadline"_s, tr("Header deadline:"), tr(" ms"), 1,
              {nullptr, [](const ProjectSettings &s) { return s.limits.headerTimeoutMs; },
               [](ProjectSettings &s, int v) { s.limits.headerTimeoutMs = v; }},
              tr("A request whose header has not fully arrived this long after its first byte "
                 "gets 408 and the connection closes (slowloris)."));
    addNumber(form, u"minBodyRate"_s, tr("Minimum body rate:"), tr(" bytes/s"), 0,
              {nullptr, [](const ProjectSettings &s) { return s.limits.minBodyBytesPerSecond; },
               [](ProjectSettings &s, int v) { s.limits.minBodyBytesPerSecond = v; }},
              tr("After a few seconds' grace, a body arriving slower than this on average gets "
                 "408 (slow POST); a large upload at a normal pace is not cut off. 0: no "
                 "minimum."));
}

void ApiSettingsPanel::addToggle(QFormLayout *form, const QString &objectName, const QString &text,
                                 bool ProjectSettings::*member, const QString &tip)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    box->setToolTip(tip);
    form->addRow(box);
    m_toggles.append({box, member});
    connect(box, &QCheckBox::toggled, this, [this, member, text](bool on) {
        ProjectSettings settings = m_session->document()->project().settings;
        if (settings.*member == on)
            return;
        settings.*member = on;
        change(settings, text, on ? tr("on") : tr("off"));
    });
}

void ApiSettingsPanel::addNumber(QFormLayout *form, const QString &objectName, const QString &label,
                                 const QString &suffix, int minimum, Number number,
                                 const QString &tip)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setToolTip(tip);
    box->setRange(minimum, std::numeric_limits<int>::max());
    box->setSuffix(suffix);
    // One command for a value typed and confirmed, not one a keystroke.
    box->setKeyboardTracking(false);
    number.box = box;
    form->addRow(label, box);
    m_numbers.append(number);
    QString what = label;
    what.chop(1); // the colon
    connect(box, &QSpinBox::valueChanged, this, [this, what, number](int value) {
        ProjectSettings settings = m_session->document()->project().settings;
        if (number.get(settings) == value)
            return;
        number.set(settings, value);
        change(settings, what, QString::number(value));
    });
}

void ApiSettingsPanel::change(const ProjectSettings &settings, const QString &what,
                              const QString &value)
{
    const Result<> changed = m_session->push(new ChangeSettings(
        m_session->document(), settings, tr("Set API setting \"%1\" to %2").arg(what, value)));
    if (!changed)
        showSettings(); // refused: show what holds
}

void ApiSettingsPanel::typeToggled(QListWidgetItem *item)
{
    ProjectSettings settings = m_session->document()->project().settings;
    const QString type = item->text();
    const bool on = item->checkState() == Qt::Checked;
    if (settings.dataApiTypes.contains(type) == on)
        return;
    if (on)
        settings.dataApiTypes.append(type);
    else
        settings.dataApiTypes.removeAll(type);
    change(settings, tr("Data API type %1").arg(type), on ? tr("exposed") : tr("hidden"));
}

void ApiSettingsPanel::showSettings()
{
    const ProjectSettings &settings = m_session->document()->project().settings;
    for (const Toggle &toggle : std::as_const(m_toggles)) {
        const QSignalBlocker quiet(toggle.box);
        toggle.box->setChecked(settings.*toggle.member);
    }
    for (const Number &number : std::as_const(m_numbers)) {
        const QSignalBlocker quiet(number.box);
        number.box->setValue(int(qMin<qint64>(number.get(settings), number.box->maximum())));
    }
    showTypes();
}

void ApiSettingsPanel::showTypes()
{
    const Project &project = m_session->document()->project();
    const QSignalBlocker quiet(m_types);
    m_types->clear();
    for (const DataType &type : project.dataTypes) {
        auto *item = new QListWidgetItem(type.name, m_types);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(project.settings.dataApiTypes.contains(type.name) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    m_types->setEnabled(project.settings.dataApiEnabled);
}

QCheckBox *ApiSettingsPanel::checkBox(const QString &objectName) const
{
    return findChild<QCheckBox *>(objectName);
}

QSpinBox *ApiSettingsPanel::spinBox(const QString &objectName) const
{
    return findChild<QSpinBox *>(objectName);
}

} // namespace gatehouse
