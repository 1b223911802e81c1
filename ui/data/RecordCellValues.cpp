#include "RecordCellValues.h"

#include "RecordLabels.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QDateTime RecordCellValues::date(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString RecordCellValues::text(const Project &project, FieldKind kind, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (kind) {
    case FieldKind::Number:
        return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
    case FieldKind::YesNo:
        return value.toBool() ? QObject::tr("yes") : QObject::tr("no");
    case FieldKind::Date: {
        const QDateTime when = date(value);
        return when.isValid() ? when.toString(u"yyyy-MM-dd HH:mm"_s) : value.toString();
    }
    case FieldKind::Reference:
        return RecordLabels::label(project, value.toString());
    default:
        return value.toString();
    }
}

QJsonValue RecordCellValues::toJson(const FieldType &type, const QVariant &value)
{
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty() &&
                             type.kind != FieldKind::Text && type.kind != FieldKind::File))
        return QJsonValue::Null;
    switch (type.kind) {
    case FieldKind::Number: {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(value.toString());
    }
    case FieldKind::YesNo: {
        if (value.typeId() == QMetaType::Bool)
            return value.toBool();
        const QString text = value.toString().trimmed().toLower();
        if (text == u"yes"_s || text == u"true"_s)
            return true;
        if (text == u"no"_s || text == u"false"_s)
            return false;
        return text;
    }
    case FieldKind::Date:
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
        return value.toString();
    default:
        return value.toString();
    }
}

} // namespace gatehouse
