#include "Schema.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

const DataType *Schema::resolveType(const QString &written) const
{
    if (const DataType *type = m_project.findDataType(written))
        return type;
    for (const QString &suffix : {u"s"_s, u"es"_s}) {
        if (written.size() > suffix.size() && written.endsWith(suffix)) {
            if (const DataType *type = m_project.findDataType(written.chopped(suffix.size())))
                return type;
        }
    }
    return nullptr;
}

std::optional<Schema::ResolvedField> Schema::resolveField(const QString &typeName,
                                                          const QString &written) const
{
    const DataType *type = m_project.findDataType(typeName);
    if (!type)
        return std::nullopt;
    const QString name = written == creatorAlias() ? u"Created By"_s : written;
    if (const std::optional<FieldType> builtIn = DataType::builtInFieldType(name))
        return ResolvedField{name, *builtIn};
    if (const Field *field = type->findField(name))
        return ResolvedField{name, field->type};
    return std::nullopt;
}

QStringList Schema::typeNames() const
{
    QStringList names;
    for (const DataType &type : m_project.dataTypes)
        names.append(type.name);
    return names;
}

QStringList Schema::fieldNames(const QString &typeName) const
{
    QStringList names = DataType::builtInFieldNames();
    names.append(creatorAlias());
    if (const DataType *type = m_project.findDataType(typeName)) {
        for (const Field &field : type->fields)
            names.append(field.name);
    }
    return names;
}

std::optional<ValueType> Schema::stepResultType(const Action &action)
{
    switch (action.kind) {
    case ActionKind::CreateThing:
    case ActionKind::MakeChanges:
    case ActionKind::DeleteThing:
        return ValueType::thing(action.dataType);
    case ActionKind::MakeChangesToList:
    case ActionKind::DeleteList:
        return ValueType::listOf(ValueType::thing(action.dataType));
    case ActionKind::LogIn:
    case ActionKind::SignUp:
        return ValueType::thing(DataType::userTypeName());
    default:
        return std::nullopt;
    }
}

} // namespace gatehouse::expr
