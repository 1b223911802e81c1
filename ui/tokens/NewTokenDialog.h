#pragma once

#include "crypto/TokenIssuer.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gatehouse {

class ProjectDocument;
class ScopeEditor;

// Makes a token as `gatehouse-cli token create` does (TokenIssuer): admin or
// user (one of the test users), name, purpose, expiry, scopes. A new token
// starts with no access; full access, as Bubble's API tokens have, is one
// checkbox with a warning. On Create it issues the token and closes; the
// caller takes issued() (the secret to show once) and adds its token.
class NewTokenDialog : public QDialog
{
    Q_OBJECT

public:
    enum Expiry
    {
        Days7,
        Days30,
        Days90,
        Days365,
        OnDate,
        Never
    };

    NewTokenDialog(ProjectDocument *document, std::function<QDateTime()> now,
                   QWidget *parent = nullptr);
    ~NewTokenDialog() override;

    // The request as the form stands.
    TokenRequest request() const;
    // After Create: the token and its secret; empty after a refusal.
    const std::optional<IssuedToken> &issued() const { return m_issued; }
    // Forgets the secret once it was handed on.
    void forgetSecret();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *purposeEdit() const { return m_purpose; }
    QRadioButton *adminButton() const { return m_admin; }
    QRadioButton *userButton() const { return m_user; }
    QComboBox *userBox() const { return m_users; }
    QComboBox *expiryBox() const { return m_expiry; }
    QDateEdit *dateEdit() const { return m_date; }
    ScopeEditor *scopeEditor() const { return m_scopes; }
    QCheckBox *fullAccessBox() const { return m_fullAccess; }
    QPushButton *createButton() const { return m_create; }
    QString problem() const;

private:
    void create();
    void updateForm();
    std::optional<qint64> expiresIn() const;

    ProjectDocument *m_document; // issued against the project as it is at Create
    std::function<QDateTime()> m_now;
    QRadioButton *m_admin;
    QRadioButton *m_user;
    QComboBox *m_users;
    QLineEdit *m_name;
    QLineEdit *m_purpose;
    QComboBox *m_expiry;
    QDateEdit *m_date;
    ScopeEditor *m_scopes;
    QCheckBox *m_fullAccess;
    QLabel *m_fullWarning;
    QLabel *m_problem;
    QPushButton *m_create;
    std::optional<IssuedToken> m_issued;
};

} // namespace gatehouse
