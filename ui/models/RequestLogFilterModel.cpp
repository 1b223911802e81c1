#include "RequestLogFilterModel.h"

#include "RequestLogModel.h"

#include "engine/Route.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RequestLogFilterModel::RequestLogFilterModel(RequestLogModel *log, QObject *parent)
    : QSortFilterProxyModel(parent), m_log(log)
{
    setSourceModel(log);
}

const RequestLogEntry &RequestLogFilterModel::entry(int row) const
{
    return m_log->entry(mapToSource(index(row, 0)).row());
}

QString RequestLogFilterModel::targetOf(const RequestLogEntry &entry)
{
    const Route route = Route::parse(entry.path);
    switch (route.kind) {
    case Route::Kind::Workflow:
    case Route::Kind::Initialize:
        return tr("workflow `%1`").arg(route.name);
    case Route::Kind::DataCollection:
    case Route::Kind::DataItem:
    case Route::Kind::DataBulk:
        return tr("data type `%1`").arg(route.name);
    default:
        return tr("other paths");
    }
}

RequestLogFilterModel::StatusClass
RequestLogFilterModel::statusClassOf(const RequestLogEntry &entry)
{
    return entry.handled ? classOfNumber(entry.status) : StatusClass::HttpLayer;
}

RequestLogFilterModel::StatusClass RequestLogFilterModel::classOfNumber(int status)
{
    if (status >= 500)
        return StatusClass::ServerError;
    if (status >= 400)
        return StatusClass::ClientError;
    if (status >= 300)
        return StatusClass::Redirection;
    return StatusClass::Success;
}

QString RequestLogFilterModel::statusClassName(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Any:
        return tr("Any status");
    case StatusClass::Success:
        return tr("2xx");
    case StatusClass::Redirection:
        return tr("3xx");
    case StatusClass::ClientError:
        return tr("4xx");
    case StatusClass::ServerError:
        return tr("5xx");
    case StatusClass::HttpLayer:
        return tr("HTTP layer");
    }
    return {};
}

void RequestLogFilterModel::setTarget(const QString &target)
{
    if (target == m_target)
        return;
    m_target = target;
    refilter();
}

void RequestLogFilterModel::setStatusClass(StatusClass statusClass)
{
    if (statusClass == m_status)
        return;
    m_status = statusClass;
    refilter();
}

void RequestLogFilterModel::setCaller(const QString &principal)
{
    if (principal == m_caller)
        return;
    m_caller = principal;
    refilter();
}

void RequestLogFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

bool RequestLogFilterModel::isFiltering() const
{
    return !m_target.isEmpty() || m_status != StatusClass::Any || !m_caller.isEmpty() ||
           !m_text.isEmpty();
}

void RequestLogFilterModel::setFollowing(bool following)
{
    if (following != isFollowing())
        setSourceModel(following ? m_log : nullptr);
}

void RequestLogFilterModel::refilter()
{
    invalidateRowsFilter();
    emit filterChanged();
}

QString RequestLogFilterModel::countText() const
{
    const QLocale locale;
    const int total = m_log->rowCount();
    QString text =
        isFiltering()
            ? tr("%1 of %2 requests").arg(locale.toString(rowCount()), locale.toString(total))
            : tr("%1 requests").arg(locale.toString(total));
    if (m_log->droppedCount() > 0)
        text +=
            tr(", %1 older dropped (the log keeps %2)")
                .arg(locale.toString(m_log->droppedCount()), locale.toString(m_log->capacity()));
    return text;
}

bool RequestLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFollowing() || sourceParent.isValid() || sourceRow >= m_log->rowCount())
        return false;
    const RequestLogEntry &entry = m_log->entry(sourceRow);
    // "4xx" holds every 4xx, the HTTP layer's own too; "HTTP layer" only those.
    if (m_status == StatusClass::HttpLayer && entry.handled)
        return false;
    if (m_status != StatusClass::Any && m_status != StatusClass::HttpLayer &&
        classOfNumber(entry.status) != m_status)
        return false;
    if (!m_caller.isEmpty() && entry.principal != m_caller)
        return false;
    if (!m_target.isEmpty() && targetOf(entry) != m_target)
        return false;
    return m_text.isEmpty() || matchesText(entry);
}

bool RequestLogFilterModel::matchesText(const RequestLogEntry &entry) const
{
    const auto has = [this](const QString &field) {
        return field.contains(m_text, Qt::CaseInsensitive);
    };
    if (has(entry.method) || has(entry.path) || has(entry.principal) || has(entry.error) ||
        has(QString::number(entry.status)))
        return true;
    for (const TraceStep &step : entry.trace.steps()) {
        if (has(step.reason) || has(step.subject))
            return true;
    }
    return false;
}

} // namespace gatehouse
