#include "ConfigReader.h"

#include "ConfigDiagnosticLocator.h"
#include "ConfigRequestReader.h"
#include "ConfigSchemaReader.h"
#include "ConfigWriter.h"
#include "DuplicateKeyScanner.h"
#include "SecretScanner.h"

#include "model/ProjectValidator.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr int kIntMax = std::numeric_limits<int>::max();
constexpr qint64 kLargestExactInteger = 9007199254740992LL;

// Line and column (both from 1, columns in characters) of a byte offset.
QString textPosition(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column; // not a UTF-8 continuation byte
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}

// Qt reports most syntax errors just past the character at fault.
qsizetype offendingOffset(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::GarbageAtEnd:
    case QJsonParseError::IllegalUTF8String:
    case QJsonParseError::UnterminatedString:
        return error.offset;
    default:
        return qMax(0, error.offset - 1);
    }
}
} // namespace

Result<Project> ConfigReader::read(const QByteArray &json, const QString &fileName)
{
    ReadErrors errors(fileName);
    const std::optional<QJsonObject> root = parse(json, errors);
    if (!root)
        return errors.error();
    checkHeader(*root, errors);
    if (errors.ok())
        DuplicateKeyScanner::scan(json, errors);
    if (errors.ok())
        SecretScanner::scan(*root, errors);
    if (!errors.ok())
        return errors.error();
    Project result = project(*root, errors);
    if (errors.ok())
        validate(result, errors);
    if (!errors.ok())
        return errors.error();
    return result;
}

std::optional<QJsonObject> ConfigReader::parse(const QByteArray &json, ReadErrors &errors)
{
    if (json.trimmed().isEmpty()) {
        errors.fail({}, u"the file is empty; a config is a JSON object"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.fail(textPosition(json, offendingOffset(parseError)),
                    u"not valid JSON: "_s + parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.fail(JsonPath::root(), u"a config is a JSON object, found an array"_s);
        return std::nullopt;
    }
    return document.object();
}

void ConfigReader::checkHeader(const QJsonObject &root, ReadErrors &errors)
{
    const QString marker = ConfigWriter::formatMarker();
    const QJsonValue format = root.value(u"format"_s);
    if (format.toString() != marker) {
        const QString found =
            format.isString() ? u'`' + format.toString() + u'`' : JsonPath::describe(format);
        errors.fail(JsonPath::member(JsonPath::root(), u"format"_s),
                    u"not a Gatehouse config: expected `%1`, found %2"_s.arg(marker, found));
        return;
    }
    const QJsonValue version = root.value(u"version"_s);
    const QString versionPath = JsonPath::member(JsonPath::root(), u"version"_s);
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number < 1 || number != std::trunc(number)) {
        errors.fail(versionPath, u"expected the format version, a whole number from 1"_s);
    } else if (number > ConfigWriter::formatVersion()) {
        errors.fail(
            versionPath,
            u"this config is format version %1, newer than this Gatehouse reads (%2); "
            "update Gatehouse"_s.arg(QString::fromLatin1(JsonTextWriter::numberText(number)))
                .arg(ConfigWriter::formatVersion()));
    }
}

Project ConfigReader::project(const QJsonObject &root, ReadErrors &errors)
{
    const Presence optional = Presence::Optional;
    JsonObjectReader object(root, JsonPath::root(),
                            {u"format"_s, u"version"_s, u"name"_s, u"settings"_s, u"dataTypes"_s,
                             u"workflows"_s, u"tokens"_s, u"records"_s, u"savedRequests"_s,
                             u"acceptedFindings"_s},
                            errors);
    Project p;
    object.read(u"name"_s, p.name);
    p.settings =
        settings(object.child(u"settings"_s, optional), object.pathOf(u"settings"_s), errors);
    object.forEach(u"dataTypes"_s, [&](const QJsonValue &item, const QString &path) {
        p.dataTypes.append(ConfigSchemaReader::dataType(item, path, errors));
    });
    object.forEach(
        u"workflows"_s,
        [&](const QJsonValue &item, const QString &path) {
            p.workflows.append(ConfigSchemaReader::workflow(item, path, errors));
        },
        optional);
    object.forEach(
        u"tokens"_s,
        [&](const QJsonValue &item, const QString &path) {
            p.tokens.append(token(item, path, errors));
        },
        optional);
    object.forEach(
        u"records"_s,
        [&](const QJsonValue &item, const QString &path) {
            p.records.append(record(item, path, errors));
        },
        optional);
    object.forEach(
        u"savedRequests"_s,
        [&](const QJsonValue &item, const QString &path) {
            p.savedRequests.append(ConfigRequestReader::savedRequest(item, path, errors));
        },
        optional);
    object.forEach(
        u"acceptedFindings"_s,
        [&](const QJsonValue &item, const QString &path) {
            p.acceptedFindings.append(acceptedFinding(item, path, errors));
        },
        optional);
    return p;
}

AcceptedFinding ConfigReader::acceptedFinding(const QJsonValue &value, const QString &path,
                                              ReadErrors &errors)
{
    JsonObjectReader object(value, path, {u"check"_s, u"setting"_s, u"reason"_s, u"acceptedAt"_s},
                            errors);
    AcceptedFinding accepted;
    object.read(u"check"_s, accepted.checkId);
    object.read(u"setting"_s, accepted.settingPath);
    object.read(u"reason"_s, accepted.reason);
    object.readDate(u"acceptedAt"_s, accepted.acceptedAt, Presence::Optional);
    return accepted;
}

ProjectSettings ConfigReader::settings(const QJsonValue &value, const QString &path,
                                       ReadErrors &errors)
{
    ProjectSettings s;
    if (value.isUndefined())
        return s;
    const Presence optional = Presence::Optional;
    JsonObjectReader object(
        value, path,
        {u"workflowApiEnabled"_s, u"dataApiEnabled"_s, u"dataApiTypes"_s, u"swaggerEnabled"_s,
         u"tokensInQuerystring"_s, u"adminTokensBypassPrivacyInWorkflows"_s,
         u"userTokenLifetimeSeconds"_s, u"stayLoggedInLifetimeSeconds"_s,
         u"userTokenInactivitySeconds"_s, u"tokenReviewIntervalDays"_s, u"limits"_s},
        errors);
    object.read(u"workflowApiEnabled"_s, s.workflowApiEnabled, optional);
    object.read(u"dataApiEnabled"_s, s.dataApiEnabled, optional);
    object.read(u"dataApiTypes"_s, s.dataApiTypes, optional);
    object.read(u"swaggerEnabled"_s, s.swaggerEnabled, optional);
    object.read(u"tokensInQuerystring"_s, s.tokensInQuerystring, optional);
    object.read(u"adminTokensBypassPrivacyInWorkflows"_s, s.adminTokensBypassPrivacyInWorkflows,
                optional);
    object.read(u"userTokenLifetimeSeconds"_s, s.userTokenLifetimeSeconds, 1, kIntMax, optional);
    object.read(u"stayLoggedInLifetimeSeconds"_s, s.stayLoggedInLifetimeSeconds, 1, kIntMax,
                optional);
    object.read(u"userTokenInactivitySeconds"_s, s.userTokenInactivitySeconds, 1, kIntMax,
                optional);
    object.read(u"tokenReviewIntervalDays"_s, s.tokenReviewIntervalDays, 1, kIntMax, optional);
    s.limits = limits(object.child(u"limits"_s, optional), object.pathOf(u"limits"_s), errors);
    return s;
}

RequestLimits ConfigReader::limits(const QJsonValue &value, const QString &path, ReadErrors &errors)
{
    RequestLimits l;
    if (value.isUndefined())
        return l;
    const Presence optional = Presence::Optional;
    JsonObjectReader object(value, path,
                            {u"maxBodyBytes"_s, u"requestsPerMinutePerToken"_s,
                             u"requestsPerMinutePerWorkflow"_s, u"requestLogSize"_s,
                             u"requestsPerMinutePerClient"_s,
                             u"requestsPerMinutePerClientWorkflow"_s, u"maxConnectionsPerClient"_s,
                             u"headerTimeoutMs"_s, u"minBodyBytesPerSecond"_s},
                            errors);
    object.read(u"maxBodyBytes"_s, l.maxBodyBytes, 1, kLargestExactInteger, optional);
    object.read(u"requestsPerMinutePerToken"_s, l.requestsPerMinutePerToken, 0, kIntMax, optional);
    object.read(u"requestsPerMinutePerWorkflow"_s, l.requestsPerMinutePerWorkflow, 0, kIntMax,
                optional);
    object.read(u"requestLogSize"_s, l.requestLogSize, 1, kIntMax, optional);
    object.read(u"requestsPerMinutePerClient"_s, l.requestsPerMinutePerClient, 0, kIntMax,
                optional);
    object.read(u"requestsPerMinutePerClientWorkflow"_s, l.requestsPerMinutePerClientWorkflow, 0,
                kIntMax, optional);
    object.read(u"maxConnectionsPerClient"_s, l.maxConnectionsPerClient, 1, kIntMax, optional);
    object.read(u"headerTimeoutMs"_s, l.headerTimeoutMs, 1, kIntMax, optional);
    object.read(u"minBodyBytesPerSecond"_s, l.minBodyBytesPerSecond, 0, kIntMax, optional);
    return l;
}

// Tokens come in without a secret hash: they cannot authenticate until
// re-issued in the token manager.
Token ConfigReader::token(const QJsonValue &value, const QString &path, ReadErrors &errors)
{
    static const QStringList kinds{tokenKindId(TokenKind::Admin), tokenKindId(TokenKind::User)};
    const Presence optional = Presence::Optional;
    JsonObjectReader object(value, path,
                            {u"name"_s, u"purpose"_s, u"kind"_s, u"userId"_s, u"prefix"_s,
                             u"created"_s, u"expires"_s, u"lastUsed"_s, u"revoked"_s,
                             u"lastReviewed"_s, u"scopes"_s},
                            errors);
    Token t;
    object.read(u"name"_s, t.name);
    object.read(u"purpose"_s, t.purpose, optional);
    object.readId(u"kind"_s, t.kind, &tokenKindFromId, kinds);
    object.read(u"userId"_s, t.userId, optional);
    object.read(u"prefix"_s, t.prefix);
    object.readDate(u"created"_s, t.created);
    object.readDate(u"expires"_s, t.expires, optional);
    object.readDate(u"lastUsed"_s, t.lastUsed, optional);
    object.readDate(u"revoked"_s, t.revoked, optional);
    object.readDate(u"lastReviewed"_s, t.lastReviewed, optional);
    t.scopes = scopes(object.child(u"scopes"_s), object.pathOf(u"scopes"_s), errors);
    return t;
}

// The three "all" switches are required: left out, they would default to
// the widest access, and a config should never widen a token by omission.
TokenScopes ConfigReader::scopes(const QJsonValue &value, const QString &path, ReadErrors &errors)
{
    TokenScopes s;
    if (value.isUndefined())
        return s;
    const Presence optional = Presence::Optional;
    JsonObjectReader object(
        value, path,
        {u"allWorkflows"_s, u"workflows"_s, u"allDataTypes"_s, u"dataTypes"_s, u"privateFiles"_s},
        errors);
    object.read(u"allWorkflows"_s, s.allWorkflows);
    object.read(u"workflows"_s, s.workflows, optional);
    object.read(u"allDataTypes"_s, s.allDataTypes);
    object.forEach(
        u"dataTypes"_s,
        [&](const QJsonValue &item, const QString &itemPath) {
            s.dataTypes.append(dataTypeScope(item, itemPath, errors));
        },
        optional);
    object.read(u"privateFiles"_s, s.privateFiles);
    return s;
}

// `read` is from before find and view were apart (project file version 7):
// it stands for both, and a `find` or `view` beside it has the last word.
DataTypeScope ConfigReader::dataTypeScope(const QJsonValue &value, const QString &path,
                                          ReadErrors &errors)
{
    const Presence optional = Presence::Optional;
    JsonObjectReader object(
        value, path,
        {u"dataType"_s, u"find"_s, u"view"_s, u"read"_s, u"create"_s, u"modify"_s, u"delete"_s},
        errors);
    DataTypeScope scope;
    object.read(u"dataType"_s, scope.dataType);
    bool read = false;
    object.read(u"read"_s, read, optional);
    scope.find = scope.view = read;
    object.read(u"find"_s, scope.find, optional);
    object.read(u"view"_s, scope.view, optional);
    object.read(u"create"_s, scope.create, optional);
    object.read(u"modify"_s, scope.modify, optional);
    object.read(u"delete"_s, scope.remove, optional);
    return scope;
}

// Records come in without a password hash: imported users cannot log in
// until a password is set.
Record ConfigReader::record(const QJsonValue &value, const QString &path, ReadErrors &errors)
{
    const Presence optional = Presence::Optional;
    JsonObjectReader object(
        value, path,
        {u"id"_s, u"type"_s, u"createdDate"_s, u"modifiedDate"_s, u"createdBy"_s, u"values"_s},
        errors);
    Record r;
    object.read(u"id"_s, r.id);
    object.read(u"type"_s, r.type);
    object.readDate(u"createdDate"_s, r.createdDate, optional);
    object.readDate(u"modifiedDate"_s, r.modifiedDate, optional);
    object.read(u"createdBy"_s, r.createdBy, optional);
    object.read(u"values"_s, r.values, optional);
    return r;
}

void ConfigReader::validate(const Project &project, ReadErrors &errors)
{
    for (const Diagnostic &diagnostic : ProjectValidator::validate(project)) {
        if (diagnostic.isError()) {
            errors.fail(ConfigDiagnosticLocator::pathOf(project, diagnostic),
                        diagnostic.toString());
            return;
        }
    }
}

} // namespace gatehouse
