#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;

namespace gatehouse {

class ApiSettingsPanel;
class AuditNavigator;
class AuditPanel;
class DataArea;
class DataTypesPanel;
class PrivacyPreviewPanel;
class RecordsPanel;
class PrivacyRulesPanel;
class DetectDataController;
class DetectDataDialog;
class EditorSelection;
class EditorSession;
class FileController;
class MatrixPanel;
class ProblemsPanel;
class Prompter;
class ProjectStore;
class PropertyPanel;
class RequestArea;
class RequestPanel;
class TestServerController;
class SessionsPanel;
class TokensPanel;
class WorkflowCanvas;
class WorkflowListPanel;

// The editor's window: the workflow list on the left, the canvas in the
// middle, the properties on the right, the undo history below them. It
// wires the panels together and keeps the title and layout; menus and file
// handling live in MenuBuilder and FileController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        std::shared_ptr<ProjectStore> store; // the project file when null
        std::unique_ptr<Prompter> prompter;  // message boxes when null
        bool restoreLayout = true;
    };

    explicit MainWindow(Options options, QWidget *parent = nullptr);
    MainWindow();
    ~MainWindow() override;

    EditorSession *session() const { return m_session; }
    EditorSelection *selection() const { return m_selection; }
    FileController *files() const { return m_files; }
    WorkflowListPanel *listPanel() const { return m_list; }
    WorkflowCanvas *canvas() const { return m_canvas; }
    PropertyPanel *propertyPanel() const { return m_properties; }
    TestServerController *testServer() const { return m_testServer; }
    DetectDataController *detectData() const { return m_detectData; }
    // Made the first time Detect data is pressed; null until then.
    DetectDataDialog *detectDataDialog() const { return m_detectDialog; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    DataTypesPanel *dataTypesPanel() const;
    PrivacyRulesPanel *privacyRulesPanel() const;
    PrivacyPreviewPanel *privacyPreviewPanel() const;
    RecordsPanel *recordsPanel() const;
    TokensPanel *tokensPanel() const { return m_tokens; }
    ApiSettingsPanel *apiSettingsPanel() const { return m_apiSettings; }
    SessionsPanel *sessionsPanel() const { return m_sessions; }
    // The Audit dock's panel; its dock is made the first time it is shown.
    AuditPanel *auditPanel() const { return m_audit; }
    MatrixPanel *matrixPanel() const { return m_matrix; }
    // Made the first time it is shown; null until then.
    RequestPanel *requestPanel() const;
    // The Request panel, prefilled from `workflow` (the selected one when empty).
    void showRequestPanel(const QString &workflow = {});

    // Selects the workflow of that name, if there is one.
    bool selectWorkflow(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);
    void updateTitle();
    void readSettings(bool restoreLayout);
    void writeSettings() const;
    void wireProblems(QDockWidget *problemsDock, QDockWidget *propertiesDock);
    void addDataArea();
    void addSecurityArea();
    void addAuditArea(QDockWidget *propertiesDock);
    void addMatrixArea();
    void addRequestArea(QDockWidget *logDock);
    void showDetectData(const QString &workflow);
    // The dock of `objectName`, made around `content` in a scroll area the
    // first time it is asked for, shown and raised.
    // A panel whose tables scroll themselves goes in as it is; a long form
    // (the API settings) in a scroll area of its own.
    enum class DockScrolling
    {
        InScrollArea,
        ByItsTables
    };
    QDockWidget *showLazyDock(QWidget *content, const QString &title, const QString &objectName,
                              DockScrolling scrolling = DockScrolling::InScrollArea);

    EditorSession *m_session;
    EditorSelection *m_selection;
    FileController *m_files;
    WorkflowListPanel *m_list;
    WorkflowCanvas *m_canvas;
    PropertyPanel *m_properties;
    TestServerController *m_testServer;
    DetectDataController *m_detectData;
    DetectDataDialog *m_detectDialog = nullptr;
    ProblemsPanel *m_problems;
    DataArea *m_data = nullptr;
    TokensPanel *m_tokens = nullptr;
    ApiSettingsPanel *m_apiSettings = nullptr;
    SessionsPanel *m_sessions = nullptr;
    AuditPanel *m_audit = nullptr;
    AuditNavigator *m_auditNavigator = nullptr;
    MatrixPanel *m_matrix = nullptr;
    RequestArea *m_requestArea = nullptr;
};

} // namespace gatehouse
