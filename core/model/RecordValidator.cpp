#include "RecordValidator.h"

#include "ProjectValidator.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

// `Lookup` is a Project (one value, from the Data API) or a ProjectIndex
// (every record of a validation).
template <typename Lookup>
QString scalarProblem(const Lookup &project, const FieldType &type, const QJsonValue &value)
{
    switch (type.kind) {
    case FieldKind::Text:
    case FieldKind::File:
        return value.isString() ? QString() : u"expected text"_s;
    case FieldKind::Number:
        return value.isDouble() ? QString() : u"expected a number"_s;
    case FieldKind::YesNo:
        return value.isBool() ? QString() : u"expected yes/no (true or false)"_s;
    case FieldKind::Date:
        return value.isString() &&
                       QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid()
                   ? QString()
                   : u"expected a date as an ISO 8601 string"_s;
    case FieldKind::Reference: {
        const Record *target = value.isString() ? project.findRecord(value.toString()) : nullptr;
        if (!target || target->type != type.referencedType)
            return u"expected the id of a %1 record"_s.arg(quoted(type.referencedType));
        return {};
    }
    }
    return {};
}

template <typename Lookup>
QString valueProblemIn(const Lookup &project, const FieldType &type, const QJsonValue &value)
{
    if (value.isNull())
        return {};
    if (!type.isList)
        return scalarProblem(project, type, value);
    if (!value.isArray())
        return u"expected a list of %1"_s.arg(
            FieldType{type.kind, type.referencedType, false}.displayName());
    FieldType element = type;
    element.isList = false;
    for (const QJsonValue &item : value.toArray()) {
        const QString problem = scalarProblem(project, element, item);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace

void RecordValidator::validate(const ProjectIndex &project, Diagnostics &out)
{
    QSet<QString> ids;
    QSet<QString> emails;
    for (const Record &record : project.project().records) {
        const QString where = u"record "_s + quoted(record.id);
        if (record.id.trimmed().isEmpty())
            addError(out, u"empty-name"_s, where, u"a record needs an id"_s);
        if (ids.contains(record.id))
            addError(out, u"duplicate-name"_s, where, u"two records have this id"_s);
        ids.insert(record.id);
        if (record.type == DataType::userTypeName()) {
            const QString email = record.values.value(u"email"_s).toString().toLower();
            if (email.isEmpty())
                addError(out, u"missing-value"_s, where, u"a user needs an e-mail address"_s);
            else if (emails.contains(email))
                addError(out, u"duplicate-name"_s, where,
                         u"another user has e-mail address %1"_s.arg(quoted(email)));
            emails.insert(email);
        } else if (!record.passwordHash.isEmpty()) {
            addError(out, u"invalid-value"_s, where, u"only a user has a password"_s);
        }
        checkRecord(project, record, out);
    }
}

void RecordValidator::checkRecord(const ProjectIndex &project, const Record &record,
                                  Diagnostics &out)
{
    const QString where = u"record "_s + quoted(record.id);
    const DataType *type = project.findDataType(record.type);
    if (!type) {
        addError(out, u"dangling-reference"_s, where,
                 u"is of data type %1, which does not exist"_s.arg(quoted(record.type)));
        return;
    }
    if (!record.createdBy.isEmpty()) {
        const Record *creator = project.findRecord(record.createdBy);
        if (!creator || creator->type != DataType::userTypeName())
            addError(out, u"dangling-reference"_s, where,
                     u"was created by %1, who is not a user"_s.arg(quoted(record.createdBy)));
    }
    for (auto it = record.values.begin(); it != record.values.end(); ++it) {
        const Field *field = type->findField(it.key());
        if (!field) {
            addError(out, u"unknown-key"_s, where,
                     u"has a value for %1, which is not a field of %2"_s.arg(quoted(it.key()),
                                                                             quoted(type->name)));
            continue;
        }
        const QString problem = valueProblem(project, field->type, it.value());
        if (!problem.isEmpty())
            addError(out, u"invalid-value"_s, where + u", field "_s + quoted(it.key()), problem);
    }
}

QString RecordValidator::valueProblem(const Project &project, const FieldType &type,
                                      const QJsonValue &value)
{
    return valueProblemIn(project, type, value);
}

QString RecordValidator::valueProblem(const ProjectIndex &project, const FieldType &type,
                                      const QJsonValue &value)
{
    return valueProblemIn(project, type, value);
}

} // namespace gatehouse
