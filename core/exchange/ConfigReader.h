#pragma once

#include "JsonObjectReader.h"

#include "model/Project.h"
#include "model/Result.h"

#include <QByteArray>

namespace gatehouse {

// Reads a JSON config strictly (see docs/config-format.md): syntax errors
// by line and column, then the format marker and version, then any secret,
// then every key and type, then the model's own invariants. The first
// problem is the error, named by file and JSON path.
class ConfigReader
{
public:
    static Result<Project> read(const QByteArray &json, const QString &fileName);

    // A token's scopes as the config writes them (ConfigWriter::writeOneScopes).
    static TokenScopes scopes(const QJsonValue &value, const QString &path, ReadErrors &errors);

private:
    static std::optional<QJsonObject> parse(const QByteArray &json, ReadErrors &errors);
    static void checkHeader(const QJsonObject &root, ReadErrors &errors);
    static Project project(const QJsonObject &root, ReadErrors &errors);
    static ProjectSettings settings(const QJsonValue &value, const QString &path,
                                    ReadErrors &errors);
    static RequestLimits limits(const QJsonValue &value, const QString &path, ReadErrors &errors);
    static Token token(const QJsonValue &value, const QString &path, ReadErrors &errors);
    static DataTypeScope dataTypeScope(const QJsonValue &value, const QString &path,
                                       ReadErrors &errors);
    static Record record(const QJsonValue &value, const QString &path, ReadErrors &errors);
    static AcceptedFinding acceptedFinding(const QJsonValue &value, const QString &path,
                                           ReadErrors &errors);
    static void validate(const Project &project, ReadErrors &errors);
};

} // namespace gatehouse
