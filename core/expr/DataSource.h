#pragma once

#include "Ast.h"
#include "Value.h"

#include "model/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::expr {

// One constraint of a search, its value already evaluated:
// `<field> <op> <value>`, with the field as the model names it.
struct SearchConstraint
{
    QString field;
    CompareOp op = CompareOp::Is;
    Value value;
};

// What the evaluator reads. The engine implements it over the project file
// with privacy rules applied; InMemoryDataSource implements it over a
// project's test records.
class DataSource
{
public:
    virtual ~DataSource() = default;

    // The logged-in user's id, or nullopt for an anonymous caller.
    virtual std::optional<QString> currentUserId() const = 0;
    // The thing `This` stands for, or an empty value.
    virtual Value thisThing() const = 0;
    // A field of a thing, by the model's field name (built-in ones too: `_id`,
    // `Created Date`, `Modified Date`, `Created By`); empty when the thing or
    // the value is missing or hidden; an error when it could not be read
    // (which the evaluator passes up, never reads as empty).
    virtual Result<Value> fieldValue(const QString &type, const QString &id,
                                     const QString &field) const = 0;
    // The ids of the things of a type that meet every constraint; an error
    // when they could not be read.
    virtual Result<QStringList> search(const QString &type,
                                       const QList<SearchConstraint> &constraints) const = 0;
    // A parameter's value; empty when the caller left it out.
    virtual Value parameter(const QString &key) const = 0;
    // What step `step` (from 1) gave; empty when it did not run.
    virtual Value stepResult(int step) const = 0;
    virtual QDateTime now() const = 0;
};

} // namespace gatehouse::expr
