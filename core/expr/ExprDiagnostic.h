#pragma once

#include "Span.h"

#include "model/Diagnostic.h"

namespace gatehouse::expr {

// A diagnostic with the span of the expression text it is about.
inline Diagnostic makeDiagnostic(const QString &code, const QString &message, Span span,
                                 const QString &help = {})
{
    Diagnostic d;
    d.code = code;
    d.message = message;
    d.help = help;
    d.position = span.position;
    d.length = span.length;
    return d;
}

// The user's own text in backticks.
inline QString tick(const QString &text)
{
    return u'`' + text + u'`';
}

} // namespace gatehouse::expr
