#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace gatehouse {

struct Project;
struct SavedRequest;

// The saved requests as a Bruno collection folder, as the Bruno app and
// `bru run` read it: bruno.json, one .bru file per request (in the saved
// order, its principal's variable as a Bearer token, its expected status
// as an assertion and each expected body field as a test), and
// environments/local.bru with the base URL and the principals' variables
// as secrets, which Bruno keeps out of the file. Nothing holds a secret.
class BrunoCollectionWriter
{
public:
    // Each file's path inside the folder and its contents.
    using Files = QList<std::pair<QString, QByteArray>>;

    static Files files(const Project &project, const QString &name);
    static QString environmentName() { return QStringLiteral("local"); }

private:
    static QByteArray request(const Project &project, const SavedRequest &request, int sequence);
    static QByteArray environment(const Project &project);
    static QString fileName(const QString &requestName, const QStringList &taken);
};

} // namespace gatehouse
