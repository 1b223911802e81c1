#include "EngineResponse.h"

#include <QJsonDocument>

namespace gatehouse {

QByteArray EngineResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject EngineResponse::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

EngineResponse EngineResponse::json(int status, const QJsonObject &body)
{
    EngineResponse response;
    response.status = status;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

EngineResponse EngineResponse::empty(int status)
{
    EngineResponse response;
    response.status = status;
    return response;
}

} // namespace gatehouse
