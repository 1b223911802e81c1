#pragma once

#include "EngineRequest.h"
#include "Trace.h"

#include <QJsonObject>

namespace gatehouse {

// What the engine answers: status, headers and body exactly as the HTTP layer
// must send them, and the trace of how it decided.
struct EngineResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    Trace trace;
    // Who called, as Principal::describe() puts it (never a secret); empty
    // when the request stopped before authentication.
    QString principal;

    QByteArray header(const QByteArray &name) const;
    QJsonObject jsonBody() const;

    static EngineResponse json(int status, const QJsonObject &body);
    static EngineResponse empty(int status);
};

} // namespace gatehouse
