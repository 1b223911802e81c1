#pragma once

#include "Arguments.h"
#include "Command.h"

#include "server/ServerLimitOverrides.h"

namespace gatehouse::cli {

// serve: the project on the local test server, until SIGINT or SIGTERM. It
// prints `listening on http://HOST:PORT` once ready, then one line per
// request, each also kept in the project file's request log. A save of the
// file by another program (the editor, `token revoke`) takes effect on the
// next request.
class ServeCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

    static constexpr quint16 defaultPort = 8080;
    // --port N (0 to 65535; 0 picks a free port), or defaultPort without it.
    static std::optional<quint16> portOption(const Arguments &args, QString *error);
    // The transport limits --max-connections, --max-connections-per-client,
    // --header-timeout-ms, --idle-timeout-ms, --client-rate and
    // --client-workflow-rate set over the defaults.
    static std::optional<ServerLimitOverrides> transportOptions(const Arguments &args,
                                                                QString *error);

private:
    int serve(const QString &path, const QString &host, quint16 port, const Arguments &args,
              Console &console);
};

} // namespace gatehouse::cli
