#include "ConstraintMatcher.h"

#include "RecordValues.h"
#include "TextWords.h"

#include <QJsonArray>

namespace gatehouse {

using T = DataConstraint::Type;

bool ConstraintMatcher::matches(const Record &record, const QList<DataConstraint> &constraints)
{
    for (const DataConstraint &constraint : constraints) {
        if (!matches(record, constraint))
            return false;
    }
    return true;
}

bool ConstraintMatcher::matches(const Record &record, const DataConstraint &c)
{
    const QJsonValue value = RecordValues::valueOf(record, c.key);
    const QJsonArray options = c.value.toArray();
    const QJsonArray list = value.toArray();
    switch (c.type) {
    case T::Equals:
        return equal(value, c.value);
    case T::NotEqual:
        return !equal(value, c.value);
    case T::IsEmpty:
    case T::Empty:
        return RecordValues::isEmpty(value);
    case T::IsNotEmpty:
    case T::NotEmpty:
        return !RecordValues::isEmpty(value);
    case T::TextContains:
        return textContains(value.toString(), c.value.toString());
    case T::NotTextContains:
        return !textContains(value.toString(), c.value.toString());
    case T::GreaterThan:
        return !RecordValues::isEmpty(value) && less(c.value, value);
    case T::LessThan:
        return !RecordValues::isEmpty(value) && less(value, c.value);
    case T::In:
        return std::any_of(options.begin(), options.end(),
                           [&](const QJsonValue &o) { return equal(value, o); });
    case T::NotIn:
        return std::none_of(options.begin(), options.end(),
                            [&](const QJsonValue &o) { return equal(value, o); });
    case T::Contains:
        return std::any_of(list.begin(), list.end(),
                           [&](const QJsonValue &item) { return equal(item, c.value); });
    case T::NotContains:
        return std::none_of(list.begin(), list.end(),
                            [&](const QJsonValue &item) { return equal(item, c.value); });
    }
    return false;
}

// Numbers compare as numbers even when one side came as text ("3" equals 3).
bool ConstraintMatcher::equal(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isString()) {
        bool ok = false;
        const double number = b.toString().toDouble(&ok);
        return ok && number == a.toDouble();
    }
    if (a.isString() && b.isDouble())
        return equal(b, a);
    if (RecordValues::isEmpty(a) && RecordValues::isEmpty(b))
        return true;
    return a == b;
}

bool ConstraintMatcher::less(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() || b.isDouble()) {
        bool okA = true;
        bool okB = true;
        const double x = a.isDouble() ? a.toDouble() : a.toString().toDouble(&okA);
        const double y = b.isDouble() ? b.toDouble() : b.toString().toDouble(&okB);
        return okA && okB && x < y;
    }
    // Text and ISO dates both order correctly as strings.
    return a.toString() < b.toString();
}

// Bubble's "text contains": every word of the needle, but stop words, is
// a word of the text, compared by stem ("cat hat" matches "the cat in the
// hat", "pepper" matches "peppers", "pepp" does not).
bool ConstraintMatcher::textContains(const QString &text, const QString &words)
{
    return TextWords::contains(text, words);
}

} // namespace gatehouse
