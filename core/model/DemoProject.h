#pragma once

#include "Project.h"
#include "Result.h"

namespace gatehouse {

// "Payments demo", exactly as shared/demo-project.md describes it: the small
// app where users mint a token and create transactions through the API.
// Its passwords are stored only as argon2id hashes, made fresh each time.
class DemoProject
{
public:
    static Result<Project> build();

    static QString aliceId();
    static QString bobId();
    static QString rootId();

private:
    static QList<DataType> dataTypes();
    static QList<Workflow> workflows();
    static Result<QList<Record>> records();
};

} // namespace gatehouse
