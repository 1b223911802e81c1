#pragma once

#include <QString>

namespace gatehouse::audit {

// Names and literals that look sensitive. Heuristics, named as such in the
// findings they raise.
class SensitiveNames
{
public:
    // A personal or secret field: e-mail, phone, IBAN, card, tax id, token,
    // password, Stripe ids, address, birth date.
    static bool isSensitiveField(const QString &name);
    // A parameter or key that carries a credential: password, token, secret, key.
    static bool isCredential(const QString &name);
    // A literal that looks like a live key: sk_live_, AKIA..., whsec_, ghp_, xox?-.
    static bool looksLikeKey(const QString &literal);
    // A workflow that takes third-party events: webhook, stripe, callback, event, ...
    static bool looksLikeWebhook(const QString &name);

private:
    static QString squash(const QString &name);
};

} // namespace gatehouse::audit
