#include "Arguments.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

std::optional<Arguments> Arguments::parse(const QStringList &arguments,
                                          const QStringList &valueOptions, const QStringList &flags,
                                          QString *error)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (!argument.startsWith(u'-') || argument == u"-"_s) {
            parsed.m_positionals << argument;
            continue;
        }
        QString inlineValue;
        const qsizetype equals = argument.indexOf(u'=');
        const bool hasInlineValue = equals > 0;
        if (hasInlineValue) {
            inlineValue = argument.mid(equals + 1);
            argument.truncate(equals);
        }
        if (flags.contains(argument) && !hasInlineValue) {
            parsed.m_flags << argument;
        } else if (valueOptions.contains(argument)) {
            if (!hasInlineValue && i + 1 >= arguments.size()) {
                *error = u"option %1 needs a value"_s.arg(argument);
                return std::nullopt;
            }
            parsed.m_values.append({argument, hasInlineValue ? inlineValue : arguments.at(++i)});
        } else {
            *error = u"unknown option %1"_s.arg(argument);
            return std::nullopt;
        }
    }
    return parsed;
}

bool Arguments::has(const QString &option) const
{
    if (m_flags.contains(option))
        return true;
    for (const auto &[name, value] : m_values) {
        if (name == option)
            return true;
    }
    return false;
}

QString Arguments::value(const QString &option) const
{
    for (const auto &[name, value] : m_values) {
        if (name == option)
            return value;
    }
    return {};
}

QStringList Arguments::values(const QString &option) const
{
    QStringList out;
    for (const auto &[name, value] : m_values) {
        if (name == option)
            out << value;
    }
    return out;
}

} // namespace gatehouse::cli
