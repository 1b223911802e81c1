#include "RecordColumns.h"

#include "RecordCellValues.h"
#include "RecordLabels.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kBuiltInColumns = 2; // Created Date, Created By

} // namespace

int RecordColumns::count(bool withPassword) const
{
    return int(m_fields.size()) + kBuiltInColumns + (withPassword ? 1 : 0);
}

RecordColumns::Kind RecordColumns::kind(int column) const
{
    const int builtIn = column - int(m_fields.size());
    if (builtIn < 0)
        return Kind::Field;
    if (builtIn == 0)
        return Kind::CreatedDate;
    return builtIn == 1 ? Kind::CreatedBy : Kind::Password;
}

int RecordColumns::ofField(const QString &fieldName) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).name == fieldName)
            return i;
    }
    if (fieldName == u"Created Date"_s)
        return int(m_fields.size());
    return fieldName == u"Created By"_s ? int(m_fields.size()) + 1 : -1;
}

FieldType RecordColumns::typeOf(int column) const
{
    switch (kind(column)) {
    case Kind::Field:
        return m_fields.at(column).type;
    case Kind::CreatedDate:
        return FieldType::date();
    case Kind::CreatedBy:
        return FieldType::reference(DataType::userTypeName());
    default:
        return FieldType::text();
    }
}

QString RecordColumns::header(int column) const
{
    switch (kind(column)) {
    case Kind::Field:
        return m_fields.at(column).name;
    case Kind::CreatedDate:
        return tr("Created Date");
    case Kind::CreatedBy:
        return tr("Created By");
    default:
        return tr("Password");
    }
}

QVariant RecordColumns::display(const Project &project, const Record &record, int column) const
{
    switch (kind(column)) {
    case Kind::CreatedDate:
        return record.createdDate.toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
    case Kind::CreatedBy:
        return record.createdBy.isEmpty() ? QString()
                                          : RecordLabels::label(project, record.createdBy);
    case Kind::Password:
        return record.passwordHash.isEmpty() ? tr("not set") : tr("set");
    case Kind::Field:
        break;
    }
    const Field &field = m_fields.at(column);
    return RecordCellValues::shown(project, field.type, record.values.value(field.name));
}

QVariant RecordColumns::edit(const Record &record, int column) const
{
    switch (kind(column)) {
    case Kind::CreatedDate:
        return record.createdDate;
    case Kind::CreatedBy:
        return record.createdBy;
    case Kind::Password:
        return {};
    case Kind::Field:
        break;
    }
    const Field &field = m_fields.at(column);
    return RecordCellValues::editValue(field.type, record.values.value(field.name));
}

QVariant RecordColumns::sort(const Project &project, const Record &record, int column) const
{
    const FieldType type = typeOf(column);
    if (kind(column) == Kind::Field && !type.isList &&
        (type.kind == FieldKind::Number || type.kind == FieldKind::Date))
        return edit(record, column);
    if (kind(column) == Kind::CreatedDate)
        return record.createdDate;
    return display(project, record, column).toString().toLower();
}

} // namespace gatehouse
