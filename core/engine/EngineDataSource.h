#pragma once

#include "Clock.h"
#include "DataStore.h"
#include "Principal.h"
#include "PrivacyGate.h"
#include "PrivacyMode.h"

#include "expr/DataSource.h"
#include "model/Project.h"

#include <QHash>
#include <QJsonObject>

namespace gatehouse {

// What expressions read while the engine runs a request: live records from
// the store, seen through the principal's privacy rules (searches find only
// what the rules let it find; hidden fields and files without "view attached
// files" read as empty) unless the privacy mode bypasses them; searches stay
// within the principal's data scope (ScopeCeiling). A privacy rule's own condition
// reads with no privacy gate at all. As in the Data API, a search constraint
// on a field the principal may not view is not applied.
class EngineDataSource final : public expr::DataSource
{
public:
    EngineDataSource(const Project &project, const DataStore &store, const PrivacyGate *privacy,
                     const Clock &clock);

    void setPrincipal(const Principal &principal) { m_principal = principal; }
    const Principal &principal() const { return m_principal; }
    void setPrivacyMode(PrivacyMode mode) { m_mode = mode; }
    void setThis(const expr::Value &thing) { m_this = thing; }
    void setParameters(const QJsonObject &values, const QList<Parameter> &definitions);
    void setStepResult(int step, const expr::Value &value) { m_steps.insert(step, value); }

    std::optional<QString> currentUserId() const override;
    expr::Value thisThing() const override { return m_this; }
    Result<expr::Value> fieldValue(const QString &type, const QString &id,
                                   const QString &field) const override;
    Result<QStringList> search(const QString &type,
                               const QList<expr::SearchConstraint> &constraints) const override;
    expr::Value parameter(const QString &key) const override { return m_parameters.value(key); }
    expr::Value stepResult(int step) const override { return m_steps.value(step); }
    QDateTime now() const override { return m_clock.now(); }

private:
    bool inScope(const QString &type) const;
    // No access (nullopt) when there is no privacy gate: everything is visible.
    std::optional<RecordAccess> accessTo(const Record &record) const;
    expr::Value valueOf(const Record &record, const QString &field) const;
    expr::Value valueOf(const Record &record, const QString &field,
                        const std::optional<RecordAccess> &access) const;
    bool mayView(const Record &record, const QString &field,
                 const std::optional<RecordAccess> &access) const;
    bool matches(const Record &record, const QList<expr::SearchConstraint> &constraints,
                 const std::optional<RecordAccess> &access) const;
    static expr::Value builtIn(const Record &record, const QString &field);

    const Project &m_project;
    const DataStore &m_store;
    const PrivacyGate *m_privacy;
    const Clock &m_clock;
    Principal m_principal;
    PrivacyMode m_mode = PrivacyMode::Applied;
    expr::Value m_this;
    QHash<QString, expr::Value> m_parameters;
    QHash<int, expr::Value> m_steps;
};

} // namespace gatehouse
