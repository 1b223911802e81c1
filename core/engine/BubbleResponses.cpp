#include "BubbleResponses.h"

#include "crypto/Sodium.h"

#include <QDateTime>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

EngineResponse BubbleResponses::workflowSuccess(const QJsonObject &response)
{
    return EngineResponse::json(200, {{u"status"_s, u"success"_s}, {u"response"_s, response}});
}

EngineResponse BubbleResponses::statusBody(int status, const QString &code, const QString &message)
{
    return EngineResponse::json(
        status, {{u"statusCode"_s, status},
                 {u"body"_s, QJsonObject{{u"status"_s, code}, {u"message"_s, message}}}});
}

EngineResponse BubbleResponses::unauthorized(const QString &translation, const QString &errorId)
{
    return EngineResponse::json(401, {{u"error_class"_s, u"Unauthorized"_s},
                                      {u"args"_s, QJsonObject{{u"code"_s, errorId}}},
                                      {u"message"_s, QJsonValue::Null},
                                      {u"translation"_s, translation}});
}

EngineResponse BubbleResponses::notRun(int status, const QString &workflowName)
{
    return EngineResponse::json(
        status,
        {{u"status"_s, u"NOT_RUN"_s},
         {u"message"_s, u"The condition for the workflow %1 is not met. Workflow won't run"_s.arg(
                            workflowName)}});
}

EngineResponse BubbleResponses::plainMessage(int status, const QString &message)
{
    return EngineResponse::json(status, {{u"message"_s, message}});
}

QString BubbleResponses::missingParameterMessage(const QString &workflow, const QString &key)
{
    return u"Missing parameter for workflow %1: parameter %2"_s.arg(workflow, key);
}

QString BubbleResponses::newUniqueId(const QDateTime &now)
{
    Sodium::ensureInitialised();
    QString digits;
    for (int i = 0; i < 18; ++i)
        digits += QChar(u'0' + static_cast<char16_t>(randombytes_uniform(10)));
    return u"%1x%2"_s.arg(now.toMSecsSinceEpoch()).arg(digits);
}

QString BubbleResponses::appId(const QString &appName)
{
    QString id = appName.toLower();
    id.remove(u' ');
    return id;
}

QString BubbleResponses::adminUserId(const QString &appName)
{
    return u"admin_user_%1_test"_s.arg(appId(appName));
}

} // namespace gatehouse
