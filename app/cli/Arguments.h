#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::cli {

// A command's arguments: positionals, flags and options with a value. Strict:
// an unknown option or a missing value is an error, never ignored.
class Arguments
{
public:
    // `valueOptions` take a value ("-o FILE", "--output FILE", "--output=FILE");
    // `flags` take none.
    static std::optional<Arguments> parse(const QStringList &arguments,
                                          const QStringList &valueOptions, const QStringList &flags,
                                          QString *error);

    const QStringList &positionals() const { return m_positionals; }
    bool has(const QString &option) const;
    QString value(const QString &option) const;
    // Every value of an option given more than once.
    QStringList values(const QString &option) const;

private:
    QStringList m_positionals;
    QStringList m_flags;
    QList<std::pair<QString, QString>> m_values;
};

} // namespace gatehouse::cli
