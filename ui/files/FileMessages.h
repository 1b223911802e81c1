#pragma once

#include <QString>

namespace gatehouse {

// The wording of file errors, shared by the file controllers.
class FileMessages
{
public:
    // "path: message", unless the message already names the file (the
    // storage layer and the config reader do), so it appears once.
    static QString namingFileOnce(const QString &path, const QString &message);
};

} // namespace gatehouse
