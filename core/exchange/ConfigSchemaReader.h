#pragma once

#include "JsonObjectReader.h"

#include "model/DataType.h"
#include "model/Workflow.h"

namespace gatehouse {

// Reads the design part of a config: data types with their fields and
// privacy rules, and workflows with their parameters and actions.
class ConfigSchemaReader
{
public:
    static DataType dataType(const QJsonValue &value, const QString &path, ReadErrors &errors);
    static Workflow workflow(const QJsonValue &value, const QString &path, ReadErrors &errors);

private:
    static Field field(const QJsonValue &value, const QString &path, ReadErrors &errors);
    static void readFieldType(JsonObjectReader &object, FieldType &type);
    static PrivacyRule privacyRule(const QJsonValue &value, const QString &path,
                                   ReadErrors &errors);
    static PrivacyPermissions permissions(const QJsonValue &value, const QString &path,
                                          ReadErrors &errors);
    static Parameter parameter(const QJsonValue &value, const QString &path, ReadErrors &errors);
    static Action action(const QJsonValue &value, const QString &path, ReadErrors &errors);
    static Assignment assignment(const QJsonValue &value, const QString &path, ReadErrors &errors);
};

} // namespace gatehouse
