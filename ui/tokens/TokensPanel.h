#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTimer;
class QTableView;

namespace gatehouse {

class ClipboardClearer;
class EditorSession;
class NarrowDialog;
class NewTokenDialog;
class RotateDialog;
class SecretDialog;
class TestServerController;
class TokenTableModel;
struct RequestLogEntry;
struct Token;

// The token manager: every token of the project with its state, scopes and
// warnings, filtered as you type; New, Revoke, Rotate, Mark reviewed and
// Narrow to use, each one undoable command; the review interval. Secrets
// are shown once (SecretDialog) and never kept here.
class TokensPanel : public QWidget
{
    Q_OBJECT

public:
    TokensPanel(EditorSession *session, TestServerController *server, QWidget *parent = nullptr);
    ~TokensPanel() override;

    TokenTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSpinBox *reviewIntervalBox() const { return m_reviewInterval; }
    ClipboardClearer *clipboardClearer() const { return m_clearer; }
    // The dialog open now, or null.
    NewTokenDialog *newTokenDialog() const;
    SecretDialog *secretDialog() const;
    RotateDialog *rotateDialog() const;
    NarrowDialog *narrowDialog() const;
    QString notice() const;

    void setClock(std::function<QDateTime()> now);
    // Selects the token of that name (clearing a filter that hides it).
    bool selectToken(const QString &name);
    QString selectedName() const;

    void newToken();
    void revokeSelected();
    void rotateSelected();
    void reviewSelected();
    void narrowSelected();

private:
    const Token *selectedToken() const;
    void issue();
    void rotate(const QString &name, qint64 graceSeconds);
    void showSecret(const QString &name, QString secret);
    bool changeToken(const Token &before, const Token &after, const QString &text);
    void changeReviewInterval(int days);
    void showNotice(const QString &text);
    void updateButtons();
    void updateUse();
    void readLiveData();
    void noteEntry(const RequestLogEntry &entry);
    QStringList usesOf(const QString &name) const;

    EditorSession *m_session;
    TestServerController *m_server;
    TokenTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QSpinBox *m_reviewInterval;
    QPushButton *m_revoke;
    QPushButton *m_rotate;
    QPushButton *m_review;
    QPushButton *m_narrow;
    QLabel *m_use;
    QLabel *m_notice;
    QTimer *m_liveReread;
    ClipboardClearer *m_clearer;
    std::function<QDateTime()> m_now;
    QPointer<NewTokenDialog> m_newDialog;
    QPointer<SecretDialog> m_secretDialog;
    QPointer<RotateDialog> m_rotateDialog;
    QPointer<NarrowDialog> m_narrowDialog;
};

} // namespace gatehouse
