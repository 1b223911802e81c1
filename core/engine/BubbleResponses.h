#pragma once

#include "EngineResponse.h"

namespace gatehouse {

// The bodies Bubble answers with (shared/reference/bubble-api.md §3.4 and
// §5.3), so a client written against Bubble reads Gatehouse's the same way.
// None of them ever echoes a secret.
class BubbleResponses
{
public:
    // {"status":"success","response":{...}}
    static EngineResponse workflowSuccess(const QJsonObject &response);
    // Shape A: {"statusCode":N,"body":{"status":CODE,"message":...}}
    static EngineResponse statusBody(int status, const QString &code, const QString &message);
    // Shape B: {"error_class":"Unauthorized","args":{"code":ID},"message":null,"translation":...}
    static EngineResponse unauthorized(const QString &translation, const QString &errorId);
    // Shape C: {"status":"NOT_RUN","message":...}, 400 or 200 as the workflow says.
    static EngineResponse notRun(int status, const QString &workflowName);
    // Flat {"message":...}: 405, 429, 503 as Bubble's Swagger declares them.
    static EngineResponse plainMessage(int status, const QString &message);

    static QString missingParameterMessage(const QString &workflow, const QString &key);
    // A unique id shaped like Bubble's, for records and error references:
    // "<ms since epoch>x<18 random digits>".
    static QString newUniqueId(const QDateTime &now);
    // Who Bubble writes as Created By of a thing an admin token created:
    // "admin_user_<app>_test" (bubble-api.md §4.4), <app> the project's name
    // in lower case without spaces, as a test version writes it.
    static QString adminUserId(const QString &appName);
    // The app's name as Bubble's hosts and ids write it: "Payments demo" -> "paymentsdemo".
    static QString appId(const QString &appName);
};

} // namespace gatehouse
