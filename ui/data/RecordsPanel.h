#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gatehouse {

class DataTypeListModel;
class EditorSession;
class RecordTableModel;

// Bubble's App data: one type's test records in a table, searched and
// sorted, added, edited in place and deleted, each change one undoable
// command. A user's password is set (asked twice, kept only as a hash) and
// never shown.
class RecordsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsPanel(EditorSession *session, QWidget *parent = nullptr);

    QComboBox *typeChooser() const { return m_typeChooser; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString notice() const;

    void selectType(const QString &typeName);
    void addRecord();
    bool deleteSelectedRecord();
    // The selected user's password, after asking twice; false (and a notice
    // saying why) for two different entries or an empty one.
    bool setPassword(const QString &password, const QString &confirmation);
    void askPassword();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
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
    QPushButton *m_delete;
    QPushButton *m_setPassword;
    QLabel *m_notice;
};

} // namespace gatehouse
