#include "Value.h"

#include "Printer.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

Value Value::text(const QString &text)
{
    Value v;
    v.m_kind = Kind::Text;
    v.m_text = text;
    return v;
}

Value Value::number(double number)
{
    Value v;
    v.m_kind = Kind::Number;
    v.m_number = number;
    return v;
}

Value Value::yesNo(bool yes)
{
    Value v;
    v.m_kind = Kind::YesNo;
    v.m_yes = yes;
    return v;
}

Value Value::date(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    Value v;
    v.m_kind = Kind::Date;
    v.m_date = date;
    return v;
}

Value Value::thing(const QString &type, const QString &id)
{
    if (id.isEmpty())
        return {};
    Value v;
    v.m_kind = Kind::Thing;
    v.m_text = type;
    v.m_id = id;
    return v;
}

Value Value::loggedOutUser(const QString &userType)
{
    Value v;
    v.m_kind = Kind::Thing;
    v.m_text = userType;
    return v;
}

Value Value::list(QList<Value> items)
{
    Value v;
    v.m_kind = Kind::List;
    v.m_items = std::move(items);
    return v;
}

bool Value::isEmpty() const
{
    switch (m_kind) {
    case Kind::Empty:
        return true;
    case Kind::Text:
        return m_text.isEmpty();
    case Kind::List:
        return m_items.isEmpty();
    default:
        return false;
    }
}

bool Value::operator==(const Value &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Empty:
        return true;
    case Kind::Text:
        return m_text == other.m_text;
    case Kind::Number:
        return m_number == other.m_number;
    case Kind::YesNo:
        return m_yes == other.m_yes;
    case Kind::Date:
        return m_date == other.m_date;
    case Kind::Thing:
        return m_text == other.m_text && m_id == other.m_id && !m_id.isEmpty();
    case Kind::List:
        return m_items == other.m_items;
    }
    return false;
}

QString Value::kindName() const
{
    switch (m_kind) {
    case Kind::Empty:
        return u"empty"_s;
    case Kind::Text:
        return u"text"_s;
    case Kind::Number:
        return u"number"_s;
    case Kind::YesNo:
        return u"yes/no"_s;
    case Kind::Date:
        return u"date"_s;
    case Kind::Thing:
        return m_text;
    case Kind::List:
        return u"list"_s;
    }
    return {};
}

QString Value::toDebugString() const
{
    switch (m_kind) {
    case Kind::Empty:
        return u"empty"_s;
    case Kind::Text:
        return Printer::quoteText(m_text);
    case Kind::Number:
        return Printer::formatNumber(m_number);
    case Kind::YesNo:
        return m_yes ? u"yes"_s : u"no"_s;
    case Kind::Date:
        return m_date.toUTC().toString(Qt::ISODate);
    case Kind::Thing:
        return m_id.isEmpty() ? m_text + u" (logged out)"_s : m_text + u' ' + m_id;
    case Kind::List: {
        QStringList parts;
        for (const Value &item : m_items)
            parts.append(item.toDebugString());
        return u'[' + parts.join(u", "_s) + u']';
    }
    }
    return {};
}

} // namespace gatehouse::expr
