#pragma once

#include "engine/Trace.h"

#include <QStringList>

Q_DECLARE_METATYPE(gatehouse::TraceStep::Stage)

// The callers every table of the engine tests runs with, in this order.
inline const QStringList kEngineCallers{
    QStringLiteral("anonymous"), QStringLiteral("alice"),   QStringLiteral("bob"),
    QStringLiteral("root"),      QStringLiteral("admin"),   QStringLiteral("ping-only"),
    QStringLiteral("expired"),   QStringLiteral("revoked"), QStringLiteral("malformed")};

// One cell of a table: the status, a part of the body, and the deciding
// step's stage and subject. An empty subject is the table's own (the
// workflow, or the data type); "{token}" is the caller's token as the
// trace names it (EngineFixture::tokenSubject).
struct Expected
{
    int status;
    const char *body;
    gatehouse::TraceStep::Stage stage;
    const char *subject = "";
};
