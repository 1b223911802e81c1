#include "JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QByteArray &body)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull()) {
        auto top = std::make_unique<Node>();
        top->key = document.isArray() ? u"[ ]"_s : u"{ }"_s;
        top->value =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        top->parent = m_root.get();
        int budget = maxNodes;
        build(top.get(), budget);
        m_root->children.push_back(std::move(top));
    }
    endResetModel();
}

void JsonTreeModel::build(Node *node, int &budget)
{
    auto add = [&](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        Node *raw = child.get();
        node->children.push_back(std::move(child));
        --budget;
        build(raw, budget);
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end() && budget > 0; ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size() && budget > 0; ++i)
            add(u"[%1]"_s.arg(i), array.at(i));
    }
    if (budget <= 0 && (node->value.isObject() || node->value.isArray()) && node->row == 0 &&
        node->parent == m_root.get()) {
        auto cut = std::make_unique<Node>();
        cut->key = tr("…");
        cut->value = tr("cut at %1 values: see the text").arg(maxNodes);
        cut->parent = node;
        cut->row = int(node->children.size());
        node->children.push_back(std::move(cut));
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node *node = nodeOf(parent);
    if (row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(row).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *up = nodeOf(child)->parent;
    if (!up || up == m_root.get())
        return {};
    return createIndex(up->row, 0, up);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *node = nodeOf(index);
    switch (index.column()) {
    case KeyColumn:
        return node->key;
    case ValueColumn:
        return valueText(node->value);
    case TypeColumn:
        return typeText(node->value);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

QString JsonTreeModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return tr("%n key(s)", nullptr, int(value.toObject().size()));
    case QJsonValue::Array:
        return tr("%n item(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return u"null"_s;
    }
}

QString JsonTreeModel::typeText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Array:
        return tr("list");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::Bool:
        return tr("yes/no");
    default:
        return tr("null");
    }
}

} // namespace gatehouse
