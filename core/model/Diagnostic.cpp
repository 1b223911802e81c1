#include "Diagnostic.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString Diagnostic::toString() const
{
    QString text = location.isEmpty() ? message : location + u": "_s + message;
    if (!isError())
        text = u"warning: "_s + text;
    if (!help.isEmpty())
        text += u" ("_s + help + u')';
    return text;
}

} // namespace gatehouse
