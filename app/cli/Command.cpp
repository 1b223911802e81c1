#include "Command.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

int Command::fail(Console &console, const QString &reason, int status)
{
    console.err << u"gatehouse-cli: "_s << reason << Qt::endl;
    return status;
}

} // namespace gatehouse::cli
