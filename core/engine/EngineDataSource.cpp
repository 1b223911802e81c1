#include "EngineDataSource.h"

#include "OperationTable.h"
#include "ValueJson.h"

#include "expr/ValueComparison.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using expr::Value;

EngineDataSource::EngineDataSource(const Project &project, const DataStore &store,
                                   const PrivacyGate *privacy, const Clock &clock)
    : m_project(project), m_store(store), m_privacy(privacy), m_clock(clock)
{
}

void EngineDataSource::setParameters(const QJsonObject &values, const QList<Parameter> &definitions)
{
    m_parameters.clear();
    for (const Parameter &parameter : definitions)
        m_parameters.insert(parameter.key,
                            ValueJson::fromField(values.value(parameter.key), parameter.type));
}

std::optional<QString> EngineDataSource::currentUserId() const
{
    if (m_principal.kind != Principal::Kind::User || m_principal.userId.isEmpty())
        return std::nullopt;
    return m_principal.userId;
}

Result<Value> EngineDataSource::fieldValue(const QString &type, const QString &id,
                                           const QString &field) const
{
    const Result<std::optional<Record>> record = m_store.record(id);
    if (!record)
        return record.error();
    if (!record.value() || record.value()->type != type)
        return Value();
    return valueOf(*record.value(), field);
}

Value EngineDataSource::valueOf(const Record &record, const QString &field) const
{
    return valueOf(record, field, accessTo(record));
}

Value EngineDataSource::valueOf(const Record &record, const QString &field,
                                const std::optional<RecordAccess> &access) const
{
    const DataType *dataType = m_project.findDataType(record.type);
    if (!dataType || !mayView(record, field, access))
        return {};
    if (DataType::builtInFieldType(field))
        return builtIn(record, field);
    const Field *definition = dataType->findField(field);
    if (!definition)
        return {};
    // A token scoped away from private files reads no file, bypass or not.
    if (definition->type.kind == FieldKind::File && !m_principal.scopes.privateFiles)
        return {};
    return ValueJson::fromField(record.values.value(field), definition->type);
}

// The records come from one read; each constraint reads the record it has
// rather than the store again.
Result<QStringList> EngineDataSource::search(const QString &type,
                                             const QList<expr::SearchConstraint> &constraints) const
{
    if (!inScope(type))
        return Error{OperationTable::scopeRefusal(m_principal.tokenName, type,
                                                  OperationTable::Operation::List)};
    const Result<QList<Record>> records = m_store.recordsOfType(type);
    if (!records)
        return records.error();
    QStringList ids;
    for (const Record &record : records.value()) {
        const std::optional<RecordAccess> access = accessTo(record);
        if (access && !access->canFind())
            continue;
        if (matches(record, constraints, access))
            ids.append(record.id);
    }
    return ids;
}

bool EngineDataSource::matches(const Record &record,
                               const QList<expr::SearchConstraint> &constraints,
                               const std::optional<RecordAccess> &access) const
{
    return std::all_of(constraints.begin(), constraints.end(), [&](const auto &constraint) {
        if (!mayView(record, constraint.field, access))
            return true; // not applied, as Bubble does
        return expr::ValueComparison::compare(
            constraint.op, valueOf(record, constraint.field, access), constraint.value);
    });
}

// A privacy rule's own condition (no gate) reads everything; a run's
// searches need its token's find, as the Data API's list does.
bool EngineDataSource::inScope(const QString &type) const
{
    return !m_privacy ||
           OperationTable::scopesAllow(m_principal.scopes, type, OperationTable::Operation::List);
}

std::optional<RecordAccess> EngineDataSource::accessTo(const Record &record) const
{
    if (!m_privacy)
        return std::nullopt;
    return m_privacy->accessTo(record, m_principal, m_mode);
}

bool EngineDataSource::mayView(const Record &record, const QString &field,
                               const std::optional<RecordAccess> &access) const
{
    if (!access || field == u"_id"_s)
        return true;
    if (DataType::builtInFieldType(field))
        return access->canFind() || access->permissions.viewAllFields;
    const DataType *type = m_project.findDataType(record.type);
    const Field *definition = type ? type->findField(field) : nullptr;
    if (definition && definition->type.kind == FieldKind::File &&
        !access->permissions.viewAttachedFiles)
        return false;
    return access->canView(field);
}

Value EngineDataSource::builtIn(const Record &record, const QString &field)
{
    if (field == u"_id"_s)
        return Value::text(record.id);
    if (field == u"Created Date"_s)
        return Value::date(record.createdDate);
    if (field == u"Modified Date"_s)
        return Value::date(record.modifiedDate);
    if (field == u"Created By"_s && !record.createdBy.isEmpty())
        return Value::thing(DataType::userTypeName(), record.createdBy);
    return {};
}

} // namespace gatehouse
