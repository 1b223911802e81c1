#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace gatehouse::expr {

// A value while an expression runs: empty, text, number, yes/no, date, a
// thing (a reference: its type and id) or a list of values.
class Value
{
public:
    enum class Kind
    {
        Empty,
        Text,
        Number,
        YesNo,
        Date,
        Thing,
        List
    };

    Value() = default;
    static Value text(const QString &text);
    static Value number(double number);
    static Value yesNo(bool yes);
    static Value date(const QDateTime &date);
    static Value thing(const QString &type, const QString &id);
    // Current User for a caller who is not logged in. As in Bubble, it is
    // never empty; it has no id, its fields are all empty, and it is equal to
    // no thing, not even another logged-out user.
    static Value loggedOutUser(const QString &userType);
    bool isLoggedOutUser() const { return m_kind == Kind::Thing && m_id.isEmpty(); }
    static Value list(QList<Value> items);

    Kind kind() const { return m_kind; }
    // Bubble's "is empty": no value, empty text, a list without items.
    bool isEmpty() const;
    const QString &asText() const { return m_text; }
    double asNumber() const { return m_number; }
    bool asYesNo() const { return m_yes; }
    const QDateTime &asDate() const { return m_date; }
    const QString &thingType() const { return m_text; }
    const QString &thingId() const { return m_id; }
    const QList<Value> &items() const { return m_items; }

    bool operator==(const Value &other) const;
    // For traces and tests: `"abc"`, `12`, `yes`, `User 1x2`, `[1, 2]`, `empty`.
    QString toDebugString() const;
    // What kind of value this is, in words, without the value itself: for
    // messages that may reach a log.
    QString kindName() const;

private:
    Kind m_kind = Kind::Empty;
    QString m_text; // text, or a thing's type
    QString m_id;
    double m_number = 0;
    bool m_yes = false;
    QDateTime m_date;
    QList<Value> m_items;
};

} // namespace gatehouse::expr
