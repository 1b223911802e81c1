#pragma once

#include "model/Workflow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

// What "Detect data" captured from one call to /wf/<name>/initialize: the
// call's keys as proposed parameters with the types their values suggest,
// where they came from, and the keys it could not type.
struct DetectedParameters
{
    QString workflow;
    ParameterSource source = ParameterSource::Body;
    QList<Parameter> parameters;
    QStringList ignored; // "key: why"

    bool operator==(const DetectedParameters &) const = default;
};

} // namespace gatehouse
