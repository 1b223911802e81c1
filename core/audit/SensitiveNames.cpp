#include "SensitiveNames.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::audit {

QString SensitiveNames::squash(const QString &name)
{
    QString s = name.toLower();
    s.remove(u'_');
    s.remove(u'-');
    s.remove(u' ');
    return s;
}

bool SensitiveNames::isSensitiveField(const QString &name)
{
    static const QStringList parts{u"email"_s,   u"phone"_s,    u"mobile"_s, u"iban"_s,
                                   u"card"_s,    u"ssn"_s,      u"taxid"_s,  u"passport"_s,
                                   u"token"_s,   u"password"_s, u"secret"_s, u"stripe"_s,
                                   u"address"_s, u"birth"_s,    u"salary"_s, u"account"_s};
    const QString s = squash(name);
    for (const QString &part : parts) {
        if (s.contains(part))
            return true;
    }
    return false;
}

bool SensitiveNames::isCredential(const QString &name)
{
    static const QStringList parts{u"password"_s, u"passwd"_s, u"token"_s, u"secret"_s,
                                   u"apikey"_s,   u"key"_s,    u"otp"_s};
    const QString s = squash(name);
    for (const QString &part : parts) {
        if (s == part || s.endsWith(part) || s.startsWith(part))
            return true;
    }
    return false;
}

bool SensitiveNames::looksLikeKey(const QString &literal)
{
    static const QRegularExpression key(
        u"(sk|rk)_(live|test)_[0-9A-Za-z]{8,}|AKIA[0-9A-Z]{16}|whsec_[0-9A-Za-z]{8,}|"
        "gh[pousr]_[0-9A-Za-z]{20,}|xox[abpr]-[0-9A-Za-z-]{10,}|-----BEGIN [A-Z ]*PRIVATE KEY"_s);
    return key.match(literal).hasMatch();
}

bool SensitiveNames::looksLikeWebhook(const QString &name)
{
    static const QStringList parts{u"webhook"_s, u"hook"_s,    u"stripe"_s,   u"callback"_s,
                                   u"event"_s,   u"notify"_s,  u"ipn"_s,      u"twilio"_s,
                                   u"paypal"_s,  u"payload"_s, u"signature"_s};
    const QString s = squash(name);
    for (const QString &part : parts) {
        if (s.contains(part))
            return true;
    }
    return false;
}

} // namespace gatehouse::audit
