#include "RecordLabels.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

const DataType *findType(const Project &project, const QString &name)
{
    for (const DataType &type : project.dataTypes) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

} // namespace

QString RecordLabels::label(const Record &record, const DataType *type)
{
    if (record.type == DataType::userTypeName()) {
        const QString email = record.values.value(u"email"_s).toString();
        if (!email.isEmpty())
            return email;
    }
    for (const Field &field : type ? type->fields : QList<Field>{}) {
        const QJsonValue value = record.values.value(field.name);
        if (field.type.kind == FieldKind::Text && !field.type.isList && !value.toString().isEmpty())
            return value.toString();
    }
    return record.id;
}

QString RecordLabels::label(const Project &project, const QString &id)
{
    for (const Record &record : project.records) {
        if (record.id == id)
            return label(record, findType(project, record.type));
    }
    return id; // a dangling reference: the validator names it
}

QList<std::pair<QString, QString>> RecordLabels::choices(const Project &project,
                                                         const QString &typeName)
{
    const DataType *type = findType(project, typeName);
    QList<std::pair<QString, QString>> out;
    for (const Record &record : project.records) {
        if (record.type == typeName)
            out.append({label(record, type), record.id});
    }
    return out;
}

} // namespace gatehouse
