#include "DataType.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

const Field *DataType::findField(const QString &fieldName) const
{
    for (const Field &field : fields) {
        if (field.name == fieldName)
            return &field;
    }
    return nullptr;
}

int DataType::indexOfRule(const QString &ruleName) const
{
    for (int i = 0; i < privacyRules.size(); ++i) {
        if (privacyRules.at(i).name == ruleName)
            return i;
    }
    return -1;
}

QString DataType::apiName() const
{
    QString result = name.toLower();
    result.remove(u' ');
    return result;
}

QString DataType::userTypeName()
{
    return u"User"_s;
}

QStringList DataType::builtInFieldNames()
{
    return {u"_id"_s, u"Created Date"_s, u"Modified Date"_s, u"Created By"_s};
}

QList<Field> DataType::builtInUserFields()
{
    return {Field{u"email"_s, FieldType::text()}};
}

std::optional<FieldType> DataType::builtInFieldType(const QString &fieldName)
{
    if (fieldName == u"_id"_s)
        return FieldType::text();
    if (fieldName == u"Created Date"_s || fieldName == u"Modified Date"_s)
        return FieldType::date();
    if (fieldName == u"Created By"_s)
        return FieldType::reference(userTypeName());
    return std::nullopt;
}

DataType DataType::makeUser()
{
    DataType user;
    user.name = userTypeName();
    user.fields = builtInUserFields();
    return user;
}

} // namespace gatehouse
