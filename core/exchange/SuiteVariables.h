#pragma once

#include "model/PrincipalRef.h"

#include <QList>
#include <QString>

namespace gatehouse {

struct Project;

// The environment variables a suite export asks the user to fill: the base
// URL, and one secret variable per principal the saved requests act as
// (`user_alice_example_com`, `token_ci`), always exported empty.
class SuiteVariables
{
public:
    static QString baseUrlName() { return QStringLiteral("baseUrl"); }
    static QString defaultBaseUrl() { return QStringLiteral("http://127.0.0.1:8080"); }
    // Empty for anonymous, which needs no credential.
    static QString nameOf(const PrincipalRef &principal);
    // Every principal but anonymous, in the order the requests first name it.
    static QList<PrincipalRef> principals(const Project &project);
};

} // namespace gatehouse
