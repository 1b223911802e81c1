#include "StorageFormat.h"

#include "Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString StorageFormat::dateText(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}

Result<QDateTime> StorageFormat::readDate(const Statement &row, int column)
{
    if (row.columnIsNull(column))
        return QDateTime();
    const QString text = row.columnText(column);
    const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid())
        return Error{u"%1 is not a date"_s.arg(u'`' + text + u'`')};
    return date.toUTC();
}

void StorageFormat::bindDate(Statement &statement, int index, const QDateTime &date)
{
    if (date.isValid())
        statement.bind(index, dateText(date));
    else
        statement.bindNull(index);
}

QString StorageFormat::listText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

Result<QStringList> StorageFormat::listFromText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Error{u"%1 is not a list of names"_s.arg(u'`' + text + u'`')};
    QStringList list;
    for (const QJsonValue &item : document.array()) {
        if (!item.isString())
            return Error{u"%1 is not a list of names"_s.arg(u'`' + text + u'`')};
        list.append(item.toString());
    }
    return list;
}

QString StorageFormat::permissionColumns()
{
    return u"view_all_fields, viewable_fields, find_in_searches, view_attached_files, "
           "allow_auto_binding, auto_binding_fields, create_via_api, modify_via_api, "
           "delete_via_api"_s;
}

void StorageFormat::bindPermissions(Statement &statement, int firstIndex,
                                    const PrivacyPermissions &p)
{
    const int i = firstIndex;
    statement.bind(i, p.viewAllFields).bind(i + 1, listText(p.viewableFields));
    statement.bind(i + 2, p.findInSearches).bind(i + 3, p.viewAttachedFiles);
    statement.bind(i + 4, p.allowAutoBinding).bind(i + 5, listText(p.autoBindingFields));
    statement.bind(i + 6, p.createViaApi).bind(i + 7, p.modifyViaApi).bind(i + 8, p.deleteViaApi);
}

Result<PrivacyPermissions> StorageFormat::readPermissions(const Statement &row, int firstColumn)
{
    int i = firstColumn;
    PrivacyPermissions p;
    p.viewAllFields = row.columnBool(i++);
    auto viewable = listFromText(row.columnText(i++));
    if (!viewable)
        return viewable.error();
    p.viewableFields = viewable.value();
    p.findInSearches = row.columnBool(i++);
    p.viewAttachedFiles = row.columnBool(i++);
    p.allowAutoBinding = row.columnBool(i++);
    auto binding = listFromText(row.columnText(i++));
    if (!binding)
        return binding.error();
    p.autoBindingFields = binding.value();
    p.createViaApi = row.columnBool(i++);
    p.modifyViaApi = row.columnBool(i++);
    p.deleteViaApi = row.columnBool(i++);
    return p;
}

void StorageFormat::bindFieldType(Statement &statement, int firstIndex, const FieldType &type)
{
    statement.bind(firstIndex, fieldKindId(type.kind))
        .bind(firstIndex + 1, type.referencedType)
        .bind(firstIndex + 2, type.isList);
}

Result<FieldType> StorageFormat::readFieldType(const Statement &row, int firstColumn)
{
    const QString kindId = row.columnText(firstColumn);
    const auto kind = fieldKindFromId(kindId);
    if (!kind)
        return Error{u"unknown field kind %1"_s.arg(u'`' + kindId + u'`')};
    return FieldType{*kind, row.columnText(firstColumn + 1), row.columnBool(firstColumn + 2)};
}

} // namespace gatehouse
