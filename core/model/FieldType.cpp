#include "FieldType.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const std::array<std::pair<FieldKind, QStringView>, 6> kKindIds{{
    {FieldKind::Text, u"text"},
    {FieldKind::Number, u"number"},
    {FieldKind::YesNo, u"yes_no"},
    {FieldKind::Date, u"date"},
    {FieldKind::File, u"file"},
    {FieldKind::Reference, u"reference"},
}};
} // namespace

QString fieldKindId(FieldKind kind)
{
    for (const auto &[k, id] : kKindIds) {
        if (k == kind)
            return id.toString();
    }
    return {};
}

std::optional<FieldKind> fieldKindFromId(const QString &id)
{
    for (const auto &[k, kindId] : kKindIds) {
        if (kindId == id)
            return k;
    }
    return std::nullopt;
}

QString FieldType::displayName() const
{
    QString name;
    switch (kind) {
    case FieldKind::Text:
        name = u"text"_s;
        break;
    case FieldKind::Number:
        name = u"number"_s;
        break;
    case FieldKind::YesNo:
        name = u"yes/no"_s;
        break;
    case FieldKind::Date:
        name = u"date"_s;
        break;
    case FieldKind::File:
        name = u"file"_s;
        break;
    case FieldKind::Reference:
        name = referencedType;
        break;
    }
    return isList ? u"list of "_s + name : name;
}

} // namespace gatehouse
