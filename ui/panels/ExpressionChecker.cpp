#include "ExpressionChecker.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

Diagnostic error(const QString &code, const QString &message, int position,
                 const QString &help = {})
{
    Diagnostic diagnostic;
    diagnostic.code = code;
    diagnostic.message = message;
    diagnostic.help = help;
    diagnostic.position = position;
    diagnostic.length = 1;
    return diagnostic;
}

} // namespace

Diagnostics ExpressionChecker::check(const QString &text, const Context &)
{
    Diagnostics found;
    QList<int> open;
    int quoteStart = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoteStart = quoteStart < 0 ? i : -1;
        } else if (quoteStart < 0 && c == u'(') {
            open.append(i);
        } else if (quoteStart < 0 && c == u')') {
            if (open.isEmpty())
                found.append(error(u"unbalanced"_s, u"`)` closes nothing"_s, i,
                                   u"remove it, or add `(` before it"_s));
            else
                open.removeLast();
        }
    }
    if (quoteStart >= 0)
        found.append(error(u"unterminated-text"_s, u"text started here has no closing `\"`"_s,
                           quoteStart, u"add `\"` where the text ends"_s));
    for (int position : open)
        found.append(error(u"unbalanced"_s, u"`(` is never closed"_s, position,
                           u"add `)` where the group ends"_s));
    return found;
}

QStringList ExpressionChecker::completions(const Context &context)
{
    QStringList words{u"Current User"_s, u"Current date/time"_s,
                      u"yes"_s,          u"no"_s,
                      u"is"_s,           u"is not"_s,
                      u"and"_s,          u"or"_s,
                      u"is empty"_s,     u"is not empty"_s};
    if (!context.project)
        return words;
    const Project &project = *context.project;
    if (context.workflow >= 0 && context.workflow < project.workflows.size()) {
        const Workflow &workflow = project.workflows.at(context.workflow);
        for (const Parameter &parameter : workflow.parameters)
            words.append(parameter.key);
        for (int step = 1; step <= workflow.actions.size(); ++step)
            words.append(u"Result of step %1"_s.arg(step));
    }
    for (const DataType &type : project.dataTypes) {
        words.append(u"Search for %1s"_s.arg(type.name));
        for (const Field &field : type.fields)
            words.append(type.isUser() ? u"Current User's %1"_s.arg(field.name) : field.name);
        for (const QString &builtIn : DataType::builtInFieldNames())
            words.append(builtIn);
    }
    words.removeDuplicates();
    return words;
}

} // namespace gatehouse
