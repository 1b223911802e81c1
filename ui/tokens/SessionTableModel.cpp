#include "SessionTableModel.h"

#include "DateText.h"
#include "engine/CredentialState.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Row &row = m_rows.at(index.row());
    const Credential &credential = row.session.credential;
    switch (index.column()) {
    case UserColumn:
        return row.user.values.value(u"email"_s).toString();
    case PrefixColumn:
        return role == Qt::ToolTipRole
                   ? tr("The visible start of the session's secret; the file keeps only its hash")
                   : credential.prefix + u"\u2026"_s;
    case CreatedColumn:
        return DateText::shortDate(credential.created, tr("?"));
    case ExpiresColumn:
        return DateText::shortDate(credential.expires, tr("never"));
    case LastUsedColumn:
        return DateText::shortDate(credential.lastUsed, tr("never"));
    case StateColumn:
        return stateOf(row.session);
    default:
        return {};
    }
}

QString SessionTableModel::stateOf(const Session &session) const
{
    return CredentialState::of(session.credential, m_settings, m_now()).word();
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case PrefixColumn:
        return tr("Prefix");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void SessionTableModel::setSessions(const QList<UserSessions> &users, const QString &userId)
{
    beginResetModel();
    m_rows.clear();
    for (const UserSessions &held : users) {
        if (!userId.isEmpty() && held.user.id != userId)
            continue;
        for (const Session &session : held.sessions)
            m_rows.append({held.user, session});
    }
    endResetModel();
}

void SessionTableModel::setSettings(const ProjectSettings &settings)
{
    m_settings = settings;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn));
}

} // namespace gatehouse
