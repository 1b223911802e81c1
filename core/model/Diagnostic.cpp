#include "Diagnostic.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString Diagnostic::toString() const
{
    QString where = location;
    if (position >= 0) {
        const QString at = u"at character %1"_s.arg(position + 1);
        where = where.isEmpty() ? at : where + u", "_s + at;
    }
    QString text = where.isEmpty() ? message : where + u": "_s + message;
    if (!isError())
        text = u"warning: "_s + text;
    if (!help.isEmpty())
        text += u" ("_s + help + u')';
    return text;
}

} // namespace gatehouse
