#pragma once

#include "DataSource.h"

#include "model/Project.h"

#include <QHash>
#include <QJsonValue>

namespace gatehouse::expr {

// A DataSource over a project's test records, without privacy rules: for
// tests, and for the engine to wrap. The caller sets who is logged in, the
// parameters, the step results and the time.
class InMemoryDataSource : public DataSource
{
public:
    explicit InMemoryDataSource(const Project &project) : m_project(project) {}

    void setCurrentUser(const std::optional<QString> &id) { m_currentUser = id; }
    void setThis(const Value &thing) { m_this = thing; }
    void setParameter(const QString &key, const Value &value) { m_parameters[key] = value; }
    void setStepResult(int step, const Value &value) { m_steps[step] = value; }
    void setNow(const QDateTime &now) { m_now = now; }

    std::optional<QString> currentUserId() const override { return m_currentUser; }
    Value thisThing() const override { return m_this; }
    Result<Value> fieldValue(const QString &type, const QString &id,
                             const QString &field) const override;
    Result<QStringList> search(const QString &type,
                               const QList<SearchConstraint> &constraints) const override;
    Value parameter(const QString &key) const override { return m_parameters.value(key); }
    Value stepResult(int step) const override { return m_steps.value(step); }
    QDateTime now() const override { return m_now; }

    // A record's JSON value as a Value of the field's type.
    static Value fromJson(const QJsonValue &json, const FieldType &type);

private:
    const Project &m_project;
    std::optional<QString> m_currentUser;
    Value m_this;
    QHash<QString, Value> m_parameters;
    QHash<int, Value> m_steps;
    QDateTime m_now;
};

} // namespace gatehouse::expr
