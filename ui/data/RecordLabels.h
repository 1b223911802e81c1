#pragma once

#include "model/Project.h"

#include <QStringList>

namespace gatehouse {

// How the records browser names a record a reference points to: a user by
// e-mail address, any other record by its first non-empty text field, else
// by its id.
class RecordLabels
{
public:
    static QString label(const Project &project, const QString &id);
    static QString label(const Record &record, const DataType *type);
    // Every record of `typeName`, as (label, id) pairs in project order.
    static QList<std::pair<QString, QString>> choices(const Project &project,
                                                      const QString &typeName);
};

} // namespace gatehouse
