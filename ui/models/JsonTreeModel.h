#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace gatehouse {

// A JSON document as a tree, read-only: objects and arrays fold, their
// members and items beneath them, each with its key (or index), its value
// (or a count) and its type. A body too large to show whole is cut at
// maxNodes, and a last row says so.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    static constexpr int maxNodes = 20000;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Empty when `body` is not JSON.
    void setJson(const QByteArray &body);
    bool isEmpty() const { return m_root->children.empty(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QJsonValue value; // a scalar, or the container itself
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    void build(Node *node, int &budget);
    Node *nodeOf(const QModelIndex &index) const;
    static QString valueText(const QJsonValue &value);
    static QString typeText(const QJsonValue &value);

    std::unique_ptr<Node> m_root;
};

} // namespace gatehouse
