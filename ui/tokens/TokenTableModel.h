#pragma once

#include "model/Token.h"

#include "engine/UserStanding.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace gatehouse {

class ProjectAudit;
class ProjectDocument;
struct Project;

// Every token of the document, one a row. The state is the access policy's
// (TokenDescription over CredentialState), the badges are core's
// (TokenFlags); the model only shows them. The last use is the later of
// the document's and the live data's (setLiveLastUse), which the test
// server writes while it runs; so is what it says of a user token's user
// (setUserStandings).
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PurposeColumn,
        KindColumn,
        PrefixColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUsedColumn,
        StateColumn,
        ScopesColumn,
        ReviewedColumn,
        FlagsColumn,
        ColumnCount
    };
    // The sort key of a cell: a date's time, a text's text.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The worst audit finding at the token not accepted (audit::Severity), or -1.
    static constexpr int AuditSeverityRole = Qt::UserRole + 2;

    explicit TokenTableModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Token &token(int row) const;
    // The time the states and badges are read at; the real time by default.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_now(); }
    // The live last use of each token by name; only later times count.
    void setLiveLastUse(const QHash<QString, QDateTime> &lastUse);
    void noteUse(const QString &tokenName, const QDateTime &when);
    // What the live data says of each user token's user, by user id: a
    // password change or a deletion shows in the state as it refuses there.
    void setUserStandings(const QHash<QString, UserStanding> &standings);
    QDateTime lastUsed(const Token &token) const;
    // The audit whose findings mark each token's name (a dot, and a tooltip).
    void setAudit(ProjectAudit *audit);
    // States and badges read again (the time moved on).
    void refresh();
    // "admin", or "user ada@example.com"
    static QString who(const Project &project, const Token &token);

private:
    QVariant display(const Token &token, int column) const;
    QVariant sortKey(const Token &token, int column) const;
    QString toolTip(const Token &token, int column) const;
    Token withLiveUse(const Token &token) const;

    ProjectDocument *m_document;
    int m_rows = 0;
    std::function<QDateTime()> m_now;
    QHash<QString, QDateTime> m_liveLastUse;
    QHash<QString, UserStanding> m_standings;
    ProjectAudit *m_audit = nullptr;
};

} // namespace gatehouse
