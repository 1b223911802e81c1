#include "TokenTableModel.h"

#include "BadgeIcons.h"
#include "DateText.h"
#include "audit/ProjectAudit.h"
#include "engine/TokenDescription.h"
#include "engine/TokenFlags.h"
#include "model/ProjectDocument.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

TokenTableModel::TokenTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_rows = int(document->project().tokens.size());
    connect(document, &ProjectDocument::tokenInserted, this, [this](int row) {
        beginInsertRows({}, row, row);
        ++m_rows;
        endInsertRows();
        refresh(); // another token may now share a purpose
    });
    connect(document, &ProjectDocument::tokenRemoved, this, [this](int row) {
        beginRemoveRows({}, row, row);
        --m_rows;
        endRemoveRows();
        refresh();
    });
    connect(document, &ProjectDocument::tokenChanged, this, &TokenTableModel::refresh);
    // The review interval, the workflows read for scopes: any of them.
    connect(document, &ProjectDocument::settingsChanged, this, &TokenTableModel::refresh);
    connect(document, &ProjectDocument::workflowChanged, this, &TokenTableModel::refresh);
    connect(document, &ProjectDocument::projectReset, this, [this] {
        beginResetModel();
        m_rows = int(m_document->project().tokens.size());
        m_liveLastUse.clear();
        m_standings.clear();
        endResetModel();
    });
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Token &TokenTableModel::token(int row) const
{
    return m_document->project().tokens.at(row);
}

void TokenTableModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refresh();
}

void TokenTableModel::setLiveLastUse(const QHash<QString, QDateTime> &lastUse)
{
    m_liveLastUse = lastUse;
    refresh();
}

void TokenTableModel::setUserStandings(const QHash<QString, UserStanding> &standings)
{
    m_standings = standings;
    refresh();
}

void TokenTableModel::noteUse(const QString &tokenName, const QDateTime &when)
{
    QDateTime &known = m_liveLastUse[tokenName];
    if (!known.isValid() || known < when)
        known = when;
    refresh();
}

void TokenTableModel::setAudit(ProjectAudit *audit)
{
    m_audit = audit;
    connect(audit, &ProjectAudit::changed, this, &TokenTableModel::refresh);
    refresh();
}

QDateTime TokenTableModel::lastUsed(const Token &token) const
{
    const QDateTime live = m_liveLastUse.value(token.name);
    if (!token.lastUsed.isValid())
        return live;
    return live.isValid() ? qMax(live, token.lastUsed) : token.lastUsed;
}

Token TokenTableModel::withLiveUse(const Token &token) const
{
    Token used = token;
    used.lastUsed = lastUsed(token);
    return used;
}

void TokenTableModel::refresh()
{
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

QString TokenTableModel::who(const Project &project, const Token &token)
{
    if (token.kind == TokenKind::Admin)
        return tr("admin");
    const Record *user = project.findRecord(token.userId);
    const QString email = user ? user->values.value(u"email"_s).toString() : QString();
    return tr("user %1").arg(email.isEmpty() ? token.userId : email);
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Token current = withLiveUse(token(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return display(current, index.column());
    case SortRole:
        return sortKey(current, index.column());
    case Qt::ToolTipRole:
        return toolTip(current, index.column());
    case AuditSeverityRole:
        return m_audit ? ProjectAudit::worstOpenSeverity(m_audit->findingsForToken(current.name))
                       : -1;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && m_audit) {
            const int worst =
                ProjectAudit::worstOpenSeverity(m_audit->findingsForToken(current.name));
            return worst < 0 ? QVariant() : BadgeIcons::severityIcon(audit::Severity(worst));
        }
        if (index.column() == FlagsColumn &&
            !TokenFlags::of(m_document->project(), current, now()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    default:
        return {};
    }
}

QVariant TokenTableModel::display(const Token &token, int column) const
{
    const Project &project = m_document->project();
    switch (column) {
    case NameColumn:
        return token.name;
    case PurposeColumn:
        return token.purpose;
    case KindColumn:
        return who(project, token);
    case PrefixColumn:
        return token.prefix;
    case CreatedColumn:
        return DateText::shortDate(token.created, tr("?"));
    case ExpiresColumn:
        return DateText::shortDate(token.expires, tr("never"));
    case LastUsedColumn:
        return DateText::shortDate(token.lastUsed, tr("never"));
    case StateColumn: {
        QString state = TokenDescription::stateName(TokenDescription::state(
            token, project.settings, now(), m_standings.value(token.userId)));
        if (token.previousSecretUntil.isValid() && now() < token.previousSecretUntil)
            state +=
                tr("; old secret until %1").arg(DateText::shortDate(token.previousSecretUntil, {}));
        return state;
    }
    case ScopesColumn:
        return TokenDescription::scopesInWords(project, token.scopes);
    case ReviewedColumn:
        return DateText::shortDate(token.lastReviewed, tr("never"));
    case FlagsColumn:
        return TokenFlags::of(project, token, now()).words().join(u", "_s);
    default:
        return {};
    }
}

QVariant TokenTableModel::sortKey(const Token &token, int column) const
{
    switch (column) {
    case CreatedColumn:
        return token.created;
    case ExpiresColumn: // never expiring sorts last
        return token.expires.isValid() ? token.expires : QDateTime(QDate(9999, 1, 1), QTime());
    case LastUsedColumn:
        return token.lastUsed;
    case ReviewedColumn:
        return token.lastReviewed;
    default:
        return display(token, column);
    }
}

QString TokenTableModel::toolTip(const Token &token, int column) const
{
    const Project &project = m_document->project();
    if (column == FlagsColumn)
        return TokenFlags::of(project, token, now()).reasons(project, token).join(u'\n');
    if (column == StateColumn)
        return TokenDescription::stateText(token, project.settings, now(),
                                           m_standings.value(token.userId));
    if (column == PrefixColumn)
        return tr("The visible start of the secret; the project keeps only its hash");
    if (column == NameColumn && m_audit) {
        const auto findings = m_audit->findingsForToken(token.name);
        if (!findings.isEmpty())
            return token.name + u"\n"_s + tr("Audit:") + u"\n"_s + ProjectAudit::describe(findings);
    }
    return display(token, column).toString();
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TR_NOOP("Name"),      QT_TR_NOOP("Purpose"), QT_TR_NOOP("Kind"),
        QT_TR_NOOP("Prefix"),    QT_TR_NOOP("Created"), QT_TR_NOOP("Expires"),
        QT_TR_NOOP("Last used"), QT_TR_NOOP("State"),   QT_TR_NOOP("Scopes"),
        QT_TR_NOOP("Reviewed"),  QT_TR_NOOP("Warnings")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace gatehouse
