#include "FileMessages.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString FileMessages::namingFileOnce(const QString &path, const QString &message)
{
    const QString name = QFileInfo(path).fileName();
    if (message.contains(path) || (!name.isEmpty() && message.contains(name)))
        return message;
    return u"%1: %2"_s.arg(path, message);
}

} // namespace gatehouse
