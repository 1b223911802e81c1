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

void placeFrom(Diagnostics &out, qsizetype first, int workflow, int step, const QString &field,
               const QString &key)
{
    for (qsizetype i = first; i < out.size(); ++i) {
        Diagnostic &d = out[i];
        if (d.workflow < 0)
            d.workflow = workflow;
        if (d.step < 0)
            d.step = step;
        if (d.field.isEmpty()) {
            d.field = field;
            d.key = key;
        }
    }
}

} // namespace gatehouse
