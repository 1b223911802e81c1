#include "ValueType.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::expr {

ValueType ValueType::listOf(ValueType element)
{
    element.isList = element.kind != Kind::Empty;
    return element;
}

ValueType ValueType::of(const FieldType &type)
{
    ValueType out;
    switch (type.kind) {
    case FieldKind::Text:
        out.kind = Kind::Text;
        break;
    case FieldKind::Number:
        out.kind = Kind::Number;
        break;
    case FieldKind::YesNo:
        out.kind = Kind::YesNo;
        break;
    case FieldKind::Date:
        out.kind = Kind::Date;
        break;
    case FieldKind::File:
        out.kind = Kind::File;
        break;
    case FieldKind::Reference:
        out.kind = Kind::Thing;
        out.typeName = type.referencedType;
        break;
    }
    out.isList = type.isList;
    return out;
}

ValueType ValueType::element() const
{
    ValueType out = *this;
    out.isList = false;
    return out;
}

bool ValueType::comparable(const ValueType &a, const ValueType &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    if (a.isList != b.isList)
        return false;
    const auto textual = [](Kind k) { return k == Kind::Text || k == Kind::File; };
    if (textual(a.kind) && textual(b.kind))
        return true;
    return a.kind == b.kind && a.typeName == b.typeName;
}

QString ValueType::displayName() const
{
    QString name;
    switch (kind) {
    case Kind::Empty:
        return u"empty"_s;
    case Kind::Text:
        name = u"text"_s;
        break;
    case Kind::Number:
        name = u"number"_s;
        break;
    case Kind::YesNo:
        name = u"yes/no"_s;
        break;
    case Kind::Date:
        name = u"date"_s;
        break;
    case Kind::File:
        name = u"file"_s;
        break;
    case Kind::Thing:
        name = typeName;
        break;
    }
    return isList ? u"list of "_s + name : name;
}

QString ValueType::describe() const
{
    if (kind == Kind::Empty || (kind == Kind::Text && !isList))
        return displayName();
    return u"a "_s + displayName();
}

} // namespace gatehouse::expr
