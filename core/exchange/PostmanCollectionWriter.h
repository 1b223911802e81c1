#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct Project;
struct SavedRequest;

// The saved requests as a Postman collection (format v2.1, which newman
// runs) and its environment: the base URL, and one secret variable per
// principal, empty. Each request presents its principal's variable as a
// Bearer token and carries a test script for its expected status and body
// fields. Nothing in either holds a secret.
class PostmanCollectionWriter
{
public:
    static constexpr auto schemaUrl =
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    static QJsonObject collection(const Project &project, const QString &name);
    static QJsonObject environment(const Project &project, const QString &name);

private:
    static QJsonObject item(const Project &project, const SavedRequest &request);
    static QJsonObject url(const SavedRequest &request);
    static QJsonObject auth(const SavedRequest &request);
    static QJsonArray testScript(const SavedRequest &request);
};

} // namespace gatehouse
