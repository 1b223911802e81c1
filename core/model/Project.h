#pragma once

#include "AcceptedFinding.h"
#include "DataType.h"
#include "ProjectSettings.h"
#include "Record.h"
#include "SavedRequest.h"
#include "Token.h"
#include "Workflow.h"

#include <QList>
#include <QString>

namespace gatehouse {

// Everything a Gatehouse project holds. A plain value: copy it to take a
// snapshot; ProjectDocument owns the one the editor changes.
struct Project
{
    QString name;
    ProjectSettings settings;
    QList<DataType> dataTypes;
    QList<Workflow> workflows;
    QList<Token> tokens;
    QList<Record> records;                   // test data
    QList<SavedRequest> savedRequests;       // the request history kept as suites
    QList<AcceptedFinding> acceptedFindings; // audit findings a reviewer accepted

    bool operator==(const Project &) const = default;

    int indexOfDataType(const QString &typeName) const;
    int indexOfWorkflow(const QString &workflowName) const;
    int indexOfToken(const QString &tokenName) const;
    int indexOfRecord(const QString &id) const;
    int indexOfSavedRequest(const QString &requestName) const;
    const DataType *findDataType(const QString &typeName) const;
    const Workflow *findWorkflow(const QString &workflowName) const;
    const Token *findToken(const QString &tokenName) const;
    const Record *findRecord(const QString &id) const;

    // A new project: the User type, the Workflow API on, nothing else.
    static Project makeEmpty(const QString &name);
};

} // namespace gatehouse
