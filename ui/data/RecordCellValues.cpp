#include "RecordCellValues.h"

#include "RecordLabels.h"

#include <QJsonArray>
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

QString RecordCellValues::shown(const Project &project, const FieldType &type,
                                const QJsonValue &value)
{
    if (!type.isList)
        return text(project, type.kind, value);
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(text(project, type.kind, item));
    return items.join(u", "_s);
}

QVariant RecordCellValues::editValue(const FieldType &type, const QJsonValue &value)
{
    if (type.isList)
        return lines(type.kind, value);
    switch (type.kind) {
    case FieldKind::Number:
        return value.toDouble();
    case FieldKind::YesNo:
        return value.toBool();
    case FieldKind::Date: {
        const QDateTime when = date(value);
        return when.isValid() ? when : QDateTime::currentDateTimeUtc();
    }
    default:
        return value.toString();
    }
}

QStringList RecordCellValues::lines(FieldKind kind, const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (kind == FieldKind::YesNo && item.isBool())
            out.append(item.toBool() ? u"yes"_s : u"no"_s);
        else if (kind == FieldKind::Number && item.isDouble())
            out.append(QString::number(item.toDouble(), 'g', 15));
        else
            out.append(item.toString());
    }
    return out;
}

namespace {

QJsonValue typedDate(const QString &text)
{
    for (const QString &format : {u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-dd"_s}) {
        QDateTime when = QDateTime::fromString(text.trimmed(), format);
        if (when.isValid()) {
            when.setTimeSpec(Qt::UTC);
            return when.toString(Qt::ISODateWithMs);
        }
    }
    return text;
}

} // namespace

QJsonValue RecordCellValues::toJson(const FieldType &type, const QVariant &value)
{
    if (type.isList) {
        const FieldType element{type.kind, type.referencedType, false};
        QJsonArray items;
        for (const QString &line : value.toStringList()) {
            if (!line.trimmed().isEmpty())
                items.append(toJson(element, line.trimmed()));
        }
        return items.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(items);
    }
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
        if (date(value.toString()).isValid())
            return value.toString();
        return typedDate(value.toString());
    default:
        return value.toString();
    }
}

} // namespace gatehouse
