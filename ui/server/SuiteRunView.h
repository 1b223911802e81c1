#pragma once

#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QThread;

namespace gatehouse {

class EditorSession;
class SuiteOutcomeModel;
struct SavedRequest;
struct SuiteOutcome;

// The Request panel's Suite tab: saves the request being edited with the
// status it expects, and runs a workflow's saved requests, or all, as a
// suite with a pass/fail table. The run is `gatehouse-cli suite run`'s
// (SuiteServer, SuiteRunner) on a worker thread: a throwaway copy of the
// project as the document has it, each principal with a real credential in
// the copy, so the file's live data is untouched and the editor stays
// responsive.
class SuiteRunView : public QWidget
{
    Q_OBJECT

public:
    explicit SuiteRunView(EditorSession *session, QWidget *parent = nullptr);
    ~SuiteRunView() override;

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *expectedStatusBox() const { return m_expected; }
    QLineEdit *expectedBodyEdit() const { return m_expectedBody; }
    QPushButton *saveButton() const { return m_save; }
    QComboBox *scopeCombo() const { return m_scope; }
    QPushButton *runButton() const { return m_run; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *table() const { return m_table; }
    SuiteOutcomeModel *model() const { return m_model; }

    // The name and status the next save proposes, after a send.
    void propose(const QString &name, int status);
    void run();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // `expectedBody` as typed: `PATH=JSON` entries joined by `;`.
    void saveRequested(const QString &name, int expectedStatus, const QString &expectedBody);
    void suiteFinished();

private:
    QWidget *buildSaveRow();
    QWidget *buildRunRow();
    void refreshScope();
    QList<SavedRequest> chosen() const;
    void onOutcome(const SuiteOutcome &outcome);
    void onDone(const QString &problem);
    void fitColumns();

    EditorSession *m_session;
    QLineEdit *m_name;
    QSpinBox *m_expected;
    QLineEdit *m_expectedBody;
    QPushButton *m_save;
    QComboBox *m_scope;
    QPushButton *m_run;
    QLabel *m_summary;
    QTableView *m_table;
    SuiteOutcomeModel *m_model;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace gatehouse
