#include "DataTypesPanel.h"

#include "DataTypeListModel.h"
#include "EditorSession.h"
#include "FieldTableModel.h"
#include "commands/AddDataType.h"
#include "commands/ChangeDataType.h"
#include "commands/RemoveDataType.h"
#include "commands/ReplaceProject.h"
#include "expr/DataReferences.h"
#include "expr/DataRemoval.h"
#include "panels/CheckDelegate.h"
#include "panels/TypeDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

QString freeName(const QString &base, const std::function<bool(const QString &)> &taken)
{
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    return name;
}

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

} // namespace

DataTypesPanel::DataTypesPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_typeModel(new DataTypeListModel(session, this)),
      m_fieldModel(new FieldTableModel(session, this)), m_types(new QListView),
      m_fields(new QTableView), m_deleteType(button(tr("Delete type"), u"deleteType"_s)),
      m_addField(button(tr("Add field"), u"addField"_s)),
      m_deleteField(button(tr("Delete field"), u"deleteField"_s)), m_notice(new QLabel),
      m_removeTogether(button(tr("Remove together"), u"removeTogether"_s))
{
    m_types->setObjectName(u"dataTypeList"_s);
    m_types->setModel(m_typeModel);
    m_fields->setObjectName(u"fieldTable"_s);
    m_fields->setModel(m_fieldModel);
    m_fields->setItemDelegateForColumn(FieldTableModel::TypeColumn, new TypeDelegate(m_fields));
    m_fields->setItemDelegateForColumn(FieldTableModel::ListColumn, new CheckDelegate(m_fields));
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->verticalHeader()->hide();
    m_fields->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_fields->horizontalHeader();
    header->setSectionResizeMode(FieldTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldTableModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FieldTableModel::ListColumn, QHeaderView::ResizeToContents);
    m_types->setMinimumWidth(120);
    m_types->setMaximumWidth(220);
    m_notice->setObjectName(u"dataNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *addType = button(tr("Add type"), u"addType"_s);
    auto *typeButtons = new QHBoxLayout;
    typeButtons->addWidget(addType);
    typeButtons->addWidget(m_deleteType);
    auto *typeColumn = new QVBoxLayout;
    typeColumn->addWidget(new QLabel(tr("Data types")));
    typeColumn->addWidget(m_types);
    typeColumn->addLayout(typeButtons);
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_addField);
    fieldButtons->addWidget(m_deleteField);
    fieldButtons->addStretch();
    auto *fieldColumn = new QVBoxLayout;
    fieldColumn->addWidget(new QLabel(tr("Fields (built-in ones in italics)")));
    fieldColumn->addWidget(m_fields);
    fieldColumn->addLayout(fieldButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(typeColumn, 1);
    columns->addLayout(fieldColumn, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_removeTogether, 0, Qt::AlignTop);
    layout->addLayout(noticeRow);
    m_removeTogether->hide();
    connect(m_removeTogether, &QPushButton::clicked, this, &DataTypesPanel::removeTogether);

    connect(addType, &QPushButton::clicked, this, &DataTypesPanel::addType);
    connect(m_deleteType, &QPushButton::clicked, this, &DataTypesPanel::deleteSelectedType);
    connect(m_addField, &QPushButton::clicked, this, &DataTypesPanel::addField);
    connect(m_deleteField, &QPushButton::clicked, this, &DataTypesPanel::deleteSelectedField);
    connect(m_types->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_fieldModel->setTypeIndex(current.row());
                updateButtons();
            });
    connect(m_fields->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DataTypesPanel::updateButtons);
    connect(m_fieldModel, &QAbstractItemModel::modelReset, this, &DataTypesPanel::updateButtons);
    // A reset (a rename, an open) keeps the type chosen where there still is one.
    connect(m_typeModel, &QAbstractItemModel::modelReset, this,
            [this] { selectType(std::max(0, m_fieldModel->typeIndex())); });
    selectType(0);
}

QString DataTypesPanel::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void DataTypesPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_removeTogether->hide();
    m_pendingRemoval.reset();
}

void DataTypesPanel::refuse(const QString &what, const QStringList &where,
                            const QStringList &blockers)
{
    if (!blockers.isEmpty()) {
        showNotice(tr("%1 is not deleted: it is named in %2. Change %3 first.")
                       .arg(what, where.join(u"; "_s), blockers.join(u"; "_s)));
        return;
    }
    showNotice(tr("%1 is not deleted: it is named in %2. Remove those together with it, or "
                  "change them first.")
                   .arg(what, where.join(u"; "_s)));
}

bool DataTypesPanel::removeTogether()
{
    if (!m_pendingRemoval)
        return false;
    auto [after, text] = *m_pendingRemoval;
    showNotice({});
    return m_session->push(new ReplaceProject(m_session->document(), after, text)).ok();
}

int DataTypesPanel::selectedType() const
{
    return m_types->currentIndex().isValid() ? m_types->currentIndex().row() : -1;
}

int DataTypesPanel::selectedField() const
{
    const QModelIndex current = m_fields->currentIndex();
    return current.isValid() ? m_fieldModel->fieldIndexOfRow(current.row()) : -1;
}

void DataTypesPanel::selectType(int index)
{
    if (index >= 0 && index < m_typeModel->rowCount())
        m_types->setCurrentIndex(m_typeModel->index(index));
    else
        m_fieldModel->setTypeIndex(-1);
    updateButtons();
}

void DataTypesPanel::updateButtons()
{
    const int type = selectedType();
    const bool isUser = type >= 0 && m_session->document()->project().dataTypes.at(type).isUser();
    m_deleteType->setEnabled(type >= 0 && !isUser);
    m_addField->setEnabled(type >= 0);
    const QModelIndex current = m_fields->currentIndex();
    m_deleteField->setEnabled(
        current.isValid() &&
        (m_fieldModel->flags(current.siblingAtColumn(0)) & Qt::ItemIsEditable));
}

void DataTypesPanel::addType()
{
    const Project &project = m_session->document()->project();
    DataType type;
    type.name =
        freeName(tr("New type"), [&](const QString &name) { return project.findDataType(name); });
    const int index = int(project.dataTypes.size());
    if (m_session->push(new AddDataType(m_session->document(), index, type)).ok()) {
        showNotice({});
        selectType(index);
        m_types->edit(m_typeModel->index(index));
    }
}

bool DataTypesPanel::deleteSelectedType()
{
    const int index = selectedType();
    if (index < 0)
        return false;
    const Project &project = m_session->document()->project();
    const QString name = project.dataTypes.at(index).name;
    const QStringList where = expr::DataReferences::toType(project, name);
    if (!where.isEmpty()) {
        const expr::DataRemoval::Plan plan = expr::DataRemoval::removeType(project, name);
        refuse(name, where, plan.blockers);
        if (plan.blockers.isEmpty()) {
            m_pendingRemoval = {plan.after, tr("Delete data type %1 and what names it").arg(name)};
            m_removeTogether->show();
        }
        return false;
    }
    showNotice({});
    if (!m_session->push(new RemoveDataType(m_session->document(), index)).ok())
        return false;
    selectType(std::min(index, m_typeModel->rowCount() - 1));
    return true;
}

void DataTypesPanel::addField()
{
    const int typeIndex = selectedType();
    if (typeIndex < 0)
        return;
    DataType type = m_session->document()->project().dataTypes.at(typeIndex);
    const QString name = freeName(u"new_field"_s, [&](const QString &candidate) {
        return type.findField(candidate) || DataType::builtInFieldType(candidate);
    });
    type.fields.append(Field{name, FieldType::text()});
    const QString text = tr("Add field %1 to %2").arg(name, type.name);
    if (!m_session->push(new ChangeDataType(m_session->document(), typeIndex, type, text)).ok())
        return;
    showNotice({});
    const QModelIndex added = m_fieldModel->index(
        m_fieldModel->rowOfField(int(type.fields.size()) - 1), FieldTableModel::NameColumn);
    m_fields->setCurrentIndex(added);
    m_fields->edit(added);
}

bool DataTypesPanel::deleteSelectedField()
{
    const int typeIndex = selectedType();
    const int fieldIndex = selectedField();
    if (typeIndex < 0 || fieldIndex < 0 || !m_deleteField->isEnabled())
        return false;
    const Project &project = m_session->document()->project();
    DataType type = project.dataTypes.at(typeIndex);
    const QString name = type.fields.at(fieldIndex).name;
    const QStringList where = expr::DataReferences::toField(project, type.name, name);
    if (!where.isEmpty()) {
        const expr::DataRemoval::Plan plan =
            expr::DataRemoval::removeField(project, type.name, name);
        refuse(tr("Field %1").arg(name), where, plan.blockers);
        if (plan.blockers.isEmpty()) {
            m_pendingRemoval = {plan.after,
                                tr("Delete field %1 of %2 and what names it").arg(name, type.name)};
            m_removeTogether->show();
        }
        return false;
    }
    showNotice({});
    type.fields.removeAt(fieldIndex);
    const QString text = tr("Delete field %1 of %2").arg(name, type.name);
    return m_session->push(new ChangeDataType(m_session->document(), typeIndex, type, text)).ok();
}

} // namespace gatehouse
