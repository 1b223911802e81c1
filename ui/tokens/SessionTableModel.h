#pragma once

#include "model/ProjectSettings.h"
#include "storage/LiveSessionsFile.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace gatehouse {

// The live sessions of the test users, one a row, as the file's live data
// holds them. The state is the access policy's (CredentialState).
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        // What a reviewer reads first comes first: a narrow dock shows it.
        UserColumn,
        StateColumn,
        LastUsedColumn,
        ExpiresColumn,
        CreatedColumn,
        PrefixColumn,
        ColumnCount
    };

    explicit SessionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Keeps the rows of `userId` only; every user's when empty.
    void setSessions(const QList<UserSessions> &users, const QString &userId);
    void setSettings(const ProjectSettings &settings);
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    const Session &session(int row) const { return m_rows.at(row).session; }
    const Record &user(int row) const { return m_rows.at(row).user; }

private:
    struct Row
    {
        Record user;
        Session session;
    };
    QString stateOf(const Session &session) const;

    QList<Row> m_rows;
    ProjectSettings m_settings;
    std::function<QDateTime()> m_now;
};

} // namespace gatehouse
