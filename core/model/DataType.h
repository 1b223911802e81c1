#pragma once

#include "Field.h"
#include "PrivacyPermissions.h"
#include "PrivacyRule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

// A data type: its fields, its privacy rules and the permissions of everyone
// no rule matches. Every type also has the built-in fields `_id`,
// `Created Date`, `Modified Date` and `Created By`; `User` is built in.
struct DataType
{
    QString name;
    QList<Field> fields;
    QList<PrivacyRule> privacyRules;
    // A type nobody made private is public, as in Bubble: "make this type
    // private" (or a rule editor) takes everyone else's permissions away.
    PrivacyPermissions everyoneElse = PrivacyPermissions::everything();

    bool operator==(const DataType &) const = default;

    bool isUser() const { return name == userTypeName(); }
    const Field *findField(const QString &fieldName) const;
    int indexOfRule(const QString &ruleName) const;

    // The name the Data API uses in /obj/<type>: lower case, spaces removed.
    QString apiName() const;

    static QString userTypeName();
    static QStringList builtInFieldNames();
    // Fields every User has before the builder adds any.
    static QList<Field> builtInUserFields();
    // The type of a built-in field, or nullopt for a name that is not one.
    static std::optional<FieldType> builtInFieldType(const QString &fieldName);
    static DataType makeUser();
};

} // namespace gatehouse
