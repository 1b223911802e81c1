#pragma once

#include "model/Project.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace gatehouse {

class DataTypeListModel;
class EditorSession;
class FieldTableModel;

// Bubble's Data tab, Data types: the types on the left, the chosen type's
// fields on the right. Names, types and list-ness are edited in place; a
// delete that would leave something naming the type or field dangling is
// refused, and the panel says where it is named.
class DataTypesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DataTypesPanel(EditorSession *session, QWidget *parent = nullptr);

    QListView *typeView() const { return m_types; }
    QTableView *fieldView() const { return m_fields; }
    DataTypeListModel *typeModel() const { return m_typeModel; }
    FieldTableModel *fieldModel() const { return m_fieldModel; }
    // What the last refused edit left to say; empty after one that went through.
    QString notice() const;

    void selectType(int index);
    void addType();
    bool deleteSelectedType();
    void addField();
    bool deleteSelectedField();
    // After a refused delete whose references can all go with it.
    bool removeTogether();

private:
    int selectedType() const;
    int selectedField() const;
    void showNotice(const QString &text);
    // Refuses the delete and says where it is named; offers to remove the
    // references together when nothing blocks that.
    void refuse(const QString &what, const QStringList &where, const QStringList &blockers);
    void updateButtons();

    EditorSession *m_session;
    DataTypeListModel *m_typeModel;
    FieldTableModel *m_fieldModel;
    QListView *m_types;
    QTableView *m_fields;
    QPushButton *m_deleteType;
    QPushButton *m_addField;
    QPushButton *m_deleteField;
    QLabel *m_notice;
    QPushButton *m_removeTogether;
    // What "Remove together" would do: the project after, and its undo text.
    std::optional<std::pair<Project, QString>> m_pendingRemoval;
};

} // namespace gatehouse
