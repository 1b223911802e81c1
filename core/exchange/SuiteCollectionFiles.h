#pragma once

#include "model/Result.h"

#include <QString>

namespace gatehouse {

struct Project;

// The saved requests written as a Postman collection (the file given, and
// its environment beside it) or a Bruno collection folder (a new one), each
// whole or not at all; `gatehouse-cli suite export` and the editor's File
// menu write the same files. Nothing written holds a secret.
class SuiteCollectionFiles
{
public:
    // The path written, with the environment's beside it for Postman.
    static Result<QString> writePostman(const Project &project, const QString &name,
                                        const QString &path);
    static Result<QString> writeBruno(const Project &project, const QString &name,
                                      const QString &path);
    // "shop.postman_environment.json" beside "shop.json".
    static QString postmanEnvironmentPath(const QString &collectionPath);
};

} // namespace gatehouse
