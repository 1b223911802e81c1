#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace gatehouse {

class DataTypeListModel;
class EditorSession;
class LiveRecordsController;
class PasswordDialog;
class Prompter;
class RecordListDialog;
class RecordTableModel;
class TestServerController;
struct LiveRecords;

// Bubble's App data: one type's test records in a table, searched and
// sorted, added, edited in place (a list in a dialog of its own) and
// deleted, each change one undoable command. A user's password is set
// (asked twice, kept only as a hash) and never shown. A switch shows
// instead, read-only and marked as live, the live data the test server's
// requests changed, with "reset live data to the test data", which is not
// an undo step.
class RecordsPanel : public QWidget
{
    Q_OBJECT

public:
    RecordsPanel(EditorSession *session, TestServerController *server, Prompter &prompter,
                 QWidget *parent = nullptr);

    QComboBox *typeChooser() const { return m_typeChooser; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString notice() const;
    bool isShowingLiveData() const { return m_liveMode; }
    // The live view's banner, or why the live data could not be read.
    QString liveBanner() const;
    QString liveError() const;
    QWidget *currentPage() const;
    PasswordDialog *passwordDialog() const { return m_passwordDialog; }
    RecordListDialog *listDialog() const { return m_listDialog; }

    void selectType(const QString &typeName);
    void addRecord();
    bool deleteSelectedRecord();
    // The selected user's password, after asking twice; false (and a notice
    // saying why) for two different entries or an empty one.
    bool setPassword(const QString &password, const QString &confirmation);
    // Opens the password dialog for the selected user.
    void askPassword();
    void showLiveData(bool live);
    bool resetLiveData();
    // Opens the list dialog for a list cell (a proxy index).
    void editList(const QModelIndex &index);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *sourceSwitch();
    void showLiveRecords(const LiveRecords &live);
    void showLiveError(const QString &message);
    int selectedRecord() const;
    void showNotice(const QString &text);
    void updateButtons();

    EditorSession *m_session;
    DataTypeListModel *m_types;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_typeChooser;
    QLineEdit *m_search;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_setPassword;
    QPushButton *m_refreshLive;
    QPushButton *m_resetLive;
    QToolButton *m_testSource;
    QToolButton *m_liveSource;
    QLabel *m_banner;
    QLabel *m_error;
    QStackedWidget *m_pages;
    QLabel *m_notice;
    LiveRecordsController *m_live;
    PasswordDialog *m_passwordDialog = nullptr;
    RecordListDialog *m_listDialog = nullptr;
    bool m_liveMode = false;
};

} // namespace gatehouse
