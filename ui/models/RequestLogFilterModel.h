#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace gatehouse {

class RequestLogModel;
struct RequestLogEntry;

// The Request Log as the reader narrowed it: by what was called (a workflow
// or a Data API type, read from the path by the engine's own Route), by the
// class of the answer, by the caller, and by free text. It keeps the log's
// order and follows new entries with the filters as they are.
class RequestLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusClass
    {
        Any,
        Success,     // 1xx and 2xx
        Redirection, // 3xx
        ClientError, // 4xx
        ServerError, // 5xx
        HttpLayer    // answered before the engine: a limit, a timeout, malformed
    };

    explicit RequestLogFilterModel(RequestLogModel *log, QObject *parent = nullptr);

    RequestLogModel *log() const { return m_log; }
    const RequestLogEntry &entry(int row) const;

    // "workflow `signup`", "data type `order`", or "other paths".
    static QString targetOf(const RequestLogEntry &entry);
    // The class an answer is drawn and filtered in; HttpLayer before its number.
    static StatusClass statusClassOf(const RequestLogEntry &entry);
    static QString statusClassName(StatusClass statusClass);

    // Empty: any. Otherwise exactly as targetOf() and the caller column say.
    void setTarget(const QString &target);
    void setStatusClass(StatusClass statusClass);
    void setCaller(const QString &principal);
    // Case-insensitive, in the method, path, status, caller, error and trace.
    void setText(const QString &text);
    bool isFiltering() const;
    // Off: detached from the log (empty, costing nothing as entries arrive),
    // for a hidden dock; on again, it reads the log as it is.
    void setFollowing(bool following);
    bool isFollowing() const { return sourceModel() != nullptr; }

    // "37 of 1,204 requests", and what the bound dropped when it did.
    QString countText() const;

signals:
    // After any filter changed, the rows already refiltered.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static StatusClass classOfNumber(int status);
    bool matchesText(const RequestLogEntry &entry) const;
    void refilter();

    RequestLogModel *m_log;
    QString m_target;
    StatusClass m_status = StatusClass::Any;
    QString m_caller;
    QString m_text;
};

} // namespace gatehouse
