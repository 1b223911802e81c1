#pragma once

#include "model/FieldType.h"

#include <QString>

namespace gatehouse::expr {

// The static type of an expression, as the checker infers it.
struct ValueType
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        YesNo,
        Date,
        File,
        Thing
    };

    Kind kind = Kind::Empty;
    QString typeName; // the data type of a Thing
    bool isList = false;

    bool operator==(const ValueType &) const = default;

    static ValueType empty() { return {}; }
    static ValueType text() { return {Kind::Text, {}, false}; }
    static ValueType number() { return {Kind::Number, {}, false}; }
    static ValueType yesNo() { return {Kind::YesNo, {}, false}; }
    static ValueType date() { return {Kind::Date, {}, false}; }
    static ValueType thing(const QString &type) { return {Kind::Thing, type, false}; }
    static ValueType listOf(ValueType element);
    static ValueType of(const FieldType &type);

    bool isEmpty() const { return kind == Kind::Empty; }
    bool isThing() const { return kind == Kind::Thing && !isList; }
    bool isTextual() const { return !isList && (kind == Kind::Text || kind == Kind::File); }
    ValueType element() const;
    // Whether `is` can compare the two: the same type, text with file, or
    // either side the empty literal.
    static bool comparable(const ValueType &a, const ValueType &b);
    // Whether a value of this type can go where `target` is needed.
    bool fits(const ValueType &target) const { return comparable(*this, target); }
    // "text", "a number", "a list of Transaction", for messages: with an article.
    QString describe() const;
    // "text", "number", "list of Transaction".
    QString displayName() const;
};

} // namespace gatehouse::expr
