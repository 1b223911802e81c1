#pragma once

#include "model/Project.h"

#include <QCoreApplication>
#include <QVariant>

namespace gatehouse {

// The columns of one data type's records table: a column per field, then
// the built-in Created Date and Created By, and for User a Password column
// that says only "set" or "not set". What a record's cell shows, edits from
// and sorts by, column by column; a reference shows the referenced
// record's label.
class RecordColumns
{
    Q_DECLARE_TR_FUNCTIONS(RecordColumns)

public:
    enum class Kind
    {
        Field,
        CreatedDate,
        CreatedBy,
        Password
    };

    RecordColumns() = default;
    explicit RecordColumns(QList<Field> fields) : m_fields(std::move(fields)) {}

    // With the Password column of a User or without it.
    int count(bool withPassword) const;
    Kind kind(int column) const;
    int ofField(const QString &fieldName) const;
    FieldType typeOf(int column) const;
    QString header(int column) const;

    QVariant display(const Project &project, const Record &record, int column) const;
    QVariant edit(const Record &record, int column) const;
    QVariant sort(const Project &project, const Record &record, int column) const;

private:
    QList<Field> m_fields; // the type's, when the rows were built
};

} // namespace gatehouse
