#pragma once

#include "engine/DataApiGate.h"

#include <QString>

namespace gatehouse::audit {

// One column of the access matrix: a workflow, or one Data API operation
// on one data type.
struct MatrixColumn
{
    enum class Kind
    {
        Workflow,
        Data
    };

    Kind kind = Kind::Workflow;
    QString resource; // the workflow's or the data type's name
    DataApiGate::Operation operation = DataApiGate::Operation::List; // Data only

    bool isWorkflow() const { return kind == Kind::Workflow; }
    // "run" for a workflow, else the engine's name of the operation.
    QString operationName() const
    {
        return isWorkflow() ? QStringLiteral("run") : DataApiGate::operationName(operation);
    }
    // "tag_my_transactions", "delete on Transaction": how a change reads.
    QString label() const
    {
        return isWorkflow() ? resource : operationName() + QStringLiteral(" on ") + resource;
    }
};

} // namespace gatehouse::audit
