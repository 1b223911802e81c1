#pragma once

#include "model/Result.h"

#include <QString>

namespace gatehouse {

// The first problem found while reading a config, as "file: where: what".
// Readers go on after a problem without harm; only the first is reported,
// because later ones are often its echoes.
class ReadErrors
{
public:
    explicit ReadErrors(QString fileName) : m_fileName(std::move(fileName)) {}

    // `where` is a JSON path ("$.workflows[2].name") or a text position.
    void fail(const QString &where, const QString &message);
    bool ok() const { return m_first.isEmpty(); }
    Error error() const { return Error{m_first}; }
    const QString &fileName() const { return m_fileName; }

private:
    QString m_fileName;
    QString m_first;
};

} // namespace gatehouse
