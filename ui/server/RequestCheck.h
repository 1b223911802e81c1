#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace gatehouse {

struct Project;

// What the Request panel checks before it sends anything: the body is JSON
// or a form, and each parameter the called workflow reads has a value of its
// type, judged by the engine's own ParameterReader::convert so the panel and
// the server never disagree. A parameter left out is the server's to name.
class RequestCheck
{
public:
    // "application/json", "application/x-www-form-urlencoded", or empty for
    // no body; an error saying why the body is neither.
    static Result<QByteArray> contentType(const QString &body);
    // Empty when every value fits, else "parameter `count` of workflow `w`:
    // Invalid data for key count: Expected a number, but got a string".
    static QString parameterProblem(const Project &project, const QString &path,
                                    const QString &body,
                                    const QList<std::pair<QString, QString>> &query);
};

} // namespace gatehouse
