#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace gatehouse {

// The secrets of the tokens created or rotated in this editor run, so the
// Request panel can call as them with a real credential. Kept in memory
// only: never saved, exported or logged, and forgotten when another project
// (or file) is opened. The project itself keeps only each secret's hash.
class RunSecrets : public QObject
{
    Q_OBJECT

public:
    explicit RunSecrets(QObject *parent = nullptr) : QObject(parent) {}
    ~RunSecrets() override { forgetAll(); }

    void remember(const QString &token, const QString &secret);
    // Empty when this run did not see the token's secret.
    QString secretOf(const QString &token) const { return m_secrets.value(token); }
    QStringList tokens() const;
    void forgetAll();

signals:
    void changed();

private:
    QHash<QString, QString> m_secrets;
};

} // namespace gatehouse
