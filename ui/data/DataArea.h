#pragma once

#include <QObject>

#include <functional>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace gatehouse {

class DataTypesPanel;
class EditorSession;
class Prompter;
class PrivacyPreviewPanel;
class PrivacyRulesPanel;
class RecordsPanel;
class TestServerController;

// Bubble's Data tab in the editor: the Data Types, Privacy Rules, Privacy
// Preview and Test Records panels, their View menu entries, and where each
// dock goes the first time it is shown. The main window lends the way it
// makes a lazy dock.
class DataArea : public QObject
{
    Q_OBJECT

public:
    // Makes (or finds) the dock of `objectName` around `content`, shows and
    // raises it; `scrolls`: the panel scrolls by itself, no scroll area.
    using ShowDock = std::function<QDockWidget *(QWidget *content, const QString &title,
                                                 const QString &objectName, bool scrolls)>;

    // The test server and the prompter are the Test Records panel's, for
    // its live data.
    DataArea(EditorSession *session, TestServerController *server, Prompter &prompter,
             QMainWindow *window, ShowDock showDock);

    DataTypesPanel *dataTypes() const { return m_dataTypes; }
    PrivacyRulesPanel *privacyRules() const { return m_privacyRules; }
    PrivacyPreviewPanel *privacyPreview() const { return m_privacyPreview; }
    RecordsPanel *records() const { return m_records; }

    DataTypesPanel *showDataTypes();
    void showPrivacyRules();
    void showPrivacyPreview();
    void showRecords();

private:
    QMainWindow *m_window;
    ShowDock m_showDock;
    DataTypesPanel *m_dataTypes;
    PrivacyRulesPanel *m_privacyRules;
    PrivacyPreviewPanel *m_privacyPreview;
    RecordsPanel *m_records;
};

} // namespace gatehouse
