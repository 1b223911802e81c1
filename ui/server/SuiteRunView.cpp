#include "SuiteRunView.h"

#include "EditorSession.h"
#include "model/Project.h"
#include "model/ProjectDocument.h"
#include "models/SuiteOutcomeModel.h"
#include "server/SuiteRunner.h"
#include "server/SuiteServer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// On the worker thread: serves the copy, runs each request, hands each
// outcome to `view` as it comes.
void runSuite(const QString &path, const Project &project, const QList<SavedRequest> &requests,
              const std::shared_ptr<std::atomic<bool>> &cancel,
              const std::function<void(SuiteOutcome)> &onOutcome,
              const std::function<void(QString)> &onDone)
{
    auto server = SuiteServer::start(path, project);
    if (!server) {
        onDone(server.errorMessage());
        return;
    }
    SuiteRunner runner(*server.value());
    for (const SavedRequest &request : requests) {
        if (*cancel)
            break;
        onOutcome(runner.run(request));
    }
    onDone({});
}
} // namespace

SuiteRunView::SuiteRunView(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_name(new QLineEdit), m_expected(new QSpinBox),
      m_expectedBody(new QLineEdit), m_save(new QPushButton(tr("Save request"))),
      m_scope(new QComboBox), m_run(new QPushButton(tr("Run suite"))), m_summary(new QLabel),
      m_table(new QTableView), m_model(new SuiteOutcomeModel(this))
{
    setObjectName(u"suiteRunView"_s);
    m_table->setObjectName(u"suiteTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_summary->setObjectName(u"suiteSummary"_s);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildSaveRow());
    layout->addWidget(buildRunRow());
    layout->addWidget(m_table, 1);
    ProjectDocument *document = m_session->document();
    connect(document, &ProjectDocument::savedRequestsChanged, this, &SuiteRunView::refreshScope);
    connect(document, &ProjectDocument::projectReset, this, &SuiteRunView::refreshScope);
    refreshScope();
}

SuiteRunView::~SuiteRunView()
{
    if (m_thread) {
        *m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QWidget *SuiteRunView::buildSaveRow()
{
    m_name->setObjectName(u"saveRequestName"_s);
    m_name->setPlaceholderText(tr("Name of the saved request"));
    m_expected->setObjectName(u"saveRequestStatus"_s);
    m_expected->setRange(100, 599);
    m_expected->setValue(200);
    m_expected->setToolTip(tr("The status this request must get for the suite to pass"));
    m_save->setObjectName(u"saveRequestButton"_s);
    m_save->setToolTip(tr("Keep the request as it stands, with who it acts as (never a "
                          "secret), under its workflow"));
    m_expectedBody->setObjectName(u"saveRequestBody"_s);
    m_expectedBody->setPlaceholderText(tr("Optional: response.ok=true; response.name=\"bob\""));
    m_expectedBody->setToolTip(tr("Body fields the answer must hold, each PATH=JSON, joined by "
                                  "; (as suite add --expect-body takes them)"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        emit saveRequested(m_name->text().trimmed(), m_expected->value(), m_expectedBody->text());
    });
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(new QLabel(tr("Save as:")));
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(new QLabel(tr("expecting")));
    saveRow->addWidget(m_expected);
    saveRow->addWidget(m_save);
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addWidget(new QLabel(tr("and body fields:")));
    bodyRow->addWidget(m_expectedBody, 1);
    auto *rows = new QWidget;
    auto *layout = new QVBoxLayout(rows);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(saveRow);
    layout->addLayout(bodyRow);
    return rows;
}

QWidget *SuiteRunView::buildRunRow()
{
    m_scope->setObjectName(u"suiteScope"_s);
    m_run->setObjectName(u"runSuiteButton"_s);
    m_run->setToolTip(tr("Runs on a throwaway copy of the project as it stands, each request as "
                         "its principal; the file's live data is not touched"));
    connect(m_run, &QPushButton::clicked, this, &SuiteRunView::run);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scope, 1);
    layout->addWidget(m_run);
    layout->addWidget(m_summary, 1);
    return row;
}

void SuiteRunView::refreshScope()
{
    const QString current = m_scope->currentData().toString();
    const QList<SavedRequest> &saved = m_session->document()->project().savedRequests;
    m_scope->clear();
    m_scope->addItem(tr("All saved requests (%1)").arg(saved.size()), QString());
    QStringList workflows;
    for (const SavedRequest &request : saved) {
        if (request.target == SavedRequest::Target::Workflow &&
            !workflows.contains(request.workflow))
            workflows.append(request.workflow);
    }
    for (const QString &workflow : workflows)
        m_scope->addItem(tr("Workflow %1").arg(workflow), workflow);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
    m_run->setEnabled(!saved.isEmpty() && !m_thread);
}

void SuiteRunView::propose(const QString &name, int status)
{
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(name);
    if (status >= 100 && status <= 599)
        m_expected->setValue(status);
}

QList<SavedRequest> SuiteRunView::chosen() const
{
    const QString workflow = m_scope->currentData().toString();
    QList<SavedRequest> requests;
    for (const SavedRequest &request : m_session->document()->project().savedRequests) {
        if (workflow.isEmpty() ||
            (request.target == SavedRequest::Target::Workflow && request.workflow == workflow))
            requests.append(request);
    }
    return requests;
}

void SuiteRunView::run()
{
    const QList<SavedRequest> requests = chosen();
    if (m_thread || requests.isEmpty())
        return;
    m_model->clear();
    m_summary->setText(tr("Running %n request(s)…", nullptr, int(requests.size())));
    m_run->setEnabled(false);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::function<void(SuiteOutcome)> sendOutcome = [this](SuiteOutcome outcome) {
        QMetaObject::invokeMethod(
            this, [this, outcome] { this->onOutcome(outcome); }, Qt::QueuedConnection);
    };
    const std::function<void(QString)> sendDone = [this](QString problem) {
        QMetaObject::invokeMethod(
            this, [this, problem] { this->onDone(problem); }, Qt::QueuedConnection);
    };
    m_thread =
        QThread::create(runSuite, m_session->filePath(), Project(m_session->document()->project()),
                        requests, m_cancel, sendOutcome, sendDone);
    m_thread->start();
}

void SuiteRunView::onOutcome(const SuiteOutcome &outcome)
{
    m_model->append(outcome);
    fitColumns();
}

void SuiteRunView::fitColumns()
{
    // Each column as wide as its text, up to a quarter of the view (the
    // deciding step half): it stays in sight, elided, whole in the tip.
    m_table->resizeColumnsToContents();
    const int quarter = std::max(100, m_table->viewport()->width() / 4);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int widest = column == SuiteOutcomeModel::DecidingColumn ? 2 * quarter : quarter;
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
}

void SuiteRunView::onDone(const QString &problem)
{
    m_thread->wait();
    delete std::exchange(m_thread, nullptr);
    refreshScope();
    const int failed = m_model->failedCount();
    const int passed = m_model->rowCount() - failed;
    m_summary->setText(problem.isEmpty() ? tr("%1 passed, %2 failed").arg(passed).arg(failed)
                                         : tr("The suite did not run: %1").arg(problem));
    emit suiteFinished();
}

} // namespace gatehouse
