#include "DataArea.h"

#include "DataTypesPanel.h"
#include "MenuBuilder.h"
#include "PrivacyPreviewPanel.h"
#include "PrivacyRulesPanel.h"
#include "RecordsPanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QListView>
#include <QMainWindow>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

DataArea::DataArea(EditorSession *session, TestServerController *server, Prompter &prompter,
                   QMainWindow *window, ShowDock showDock)
    : QObject(window), m_window(window), m_showDock(std::move(showDock)),
      // Owned by the window until their docks take them; hidden till then, so
      // they take no room from the other docks at 1024x700.
      m_dataTypes(new DataTypesPanel(session, window)),
      m_privacyRules(new PrivacyRulesPanel(session, window)),
      m_privacyPreview(new PrivacyPreviewPanel(session, window)),
      m_records(new RecordsPanel(session, server, prompter, window))
{
    for (QWidget *panel :
         std::initializer_list<QWidget *>{m_dataTypes, m_privacyRules, m_privacyPreview, m_records})
        panel->hide();
    MenuBuilder::addDataViews(
        window, [this] { showDataTypes(); }, [this] { showPrivacyRules(); },
        [this] { showPrivacyPreview(); });
    MenuBuilder::addRecordsView(window, [this] { showRecords(); });
}

DataTypesPanel *DataArea::showDataTypes()
{
    m_showDock(m_dataTypes, tr("Data Types"), u"dataTypesDock"_s, false);
    m_dataTypes->typeView()->setFocus(Qt::ShortcutFocusReason);
    return m_dataTypes;
}

// Beside the Data Types as a tab, where that dock is open.
void DataArea::showPrivacyRules()
{
    const bool made = !m_window->findChild<QDockWidget *>(u"privacyRulesDock"_s);
    QDockWidget *dock = m_showDock(m_privacyRules, tr("Privacy Rules"), u"privacyRulesDock"_s,
                                   true); // the form scrolls by itself
    auto *types = m_window->findChild<QDockWidget *>(u"dataTypesDock"_s);
    if (made && types && types->isVisible()) {
        m_window->tabifyDockWidget(types, dock);
        dock->raise();
    }
    m_privacyRules->refreshWarnings();
    m_privacyRules->ruleView()->setFocus(Qt::ShortcutFocusReason);
}

// In the right-hand area as a tab over the Properties, so that it stands
// beside the Privacy Rules under the canvas at 1024x700.
void DataArea::showPrivacyPreview()
{
    const bool made = !m_window->findChild<QDockWidget *>(u"privacyPreviewDock"_s);
    QDockWidget *dock =
        m_showDock(m_privacyPreview, tr("Privacy Preview"), u"privacyPreviewDock"_s, true);
    auto *properties = m_window->findChild<QDockWidget *>(u"propertiesDock"_s);
    if (made && properties) {
        m_window->tabifyDockWidget(properties, dock);
        dock->show();
        dock->raise();
    }
    m_privacyPreview->refresh();
    m_privacyPreview->principalChooser()->setFocus(Qt::ShortcutFocusReason);
}

void DataArea::showRecords()
{
    m_showDock(m_records, tr("Test Records"), u"testRecordsDock"_s, true);
    m_records->view()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace gatehouse
