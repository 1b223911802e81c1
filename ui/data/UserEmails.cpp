#include "UserEmails.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {

bool taken(const Project &project, const QString &email, const QString &exceptId)
{
    return std::any_of(project.records.cbegin(), project.records.cend(), [&](const Record &r) {
        return r.type == DataType::userTypeName() && r.id != exceptId &&
               r.values.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

QString UserEmails::problem(const Project &project, const Record &user)
{
    const QString email = user.values.value(u"email"_s).toString().trimmed().toLower();
    if (email.isEmpty())
        return QObject::tr("email: a user needs an e-mail address");
    if (taken(project, email, user.id))
        return QObject::tr("email: another user has %1").arg(email);
    return {};
}

QString UserEmails::unused(const Project &project)
{
    QString email = u"new-user@example.com"_s;
    for (int n = 2; taken(project, email, {}); ++n)
        email = u"new-user-%1@example.com"_s.arg(n);
    return email;
}

} // namespace gatehouse
