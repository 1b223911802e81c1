#pragma once

#include "JsonTextWriter.h"

#include "model/Project.h"

#include <QByteArray>

namespace gatehouse {

// Writes a project as the JSON config that docs/config-format.md describes:
// keys in the documented order, lists in the project's order, dates in UTC.
// Token secrets and hashes, and password hashes, are never written.
class ConfigWriter
{
public:
    static QByteArray write(const Project &project);
    // One workflow as the config's `workflows` list writes it, for a
    // scheduled run that keeps the definition it was scheduled with.
    static QByteArray writeOneWorkflow(const Workflow &workflow);
    // A token's scopes alone, as the config writes them (a scheduled run keeps its
    // scheduler's).
    static QByteArray writeOneScopes(const TokenScopes &scopes);

    static QString formatMarker();
    static int formatVersion();
    // How dates are written: ISO 8601 in UTC with milliseconds.
    static QString dateText(const QDateTime &date);

private:
    explicit ConfigWriter() = default;

    void writeProject(const Project &project);
    void writeSettings(const ProjectSettings &settings);
    void writeLimits(const RequestLimits &limits);
    void writeDataType(const DataType &type);
    void writeFieldType(const FieldType &type);
    void writePermissions(const PrivacyPermissions &permissions);
    void writeWorkflow(const Workflow &workflow);
    void writeParameter(const Parameter &parameter);
    void writeAction(const Action &action);
    void writeToken(const Token &token);
    void writeScopes(const TokenScopes &scopes);
    void writeRecord(const Record &record);
    void writeSavedRequest(const SavedRequest &request);
    void writeAcceptedFinding(const AcceptedFinding &accepted);
    void writeDate(const QString &key, const QDateTime &date);

    template <typename Value>
    void member(const QString &key, const Value &value)
    {
        m_json.key(key);
        m_json.value(value);
    }
    template <typename Item, typename WriteItem>
    void list(const QString &key, const QList<Item> &items, WriteItem writeItem)
    {
        m_json.key(key);
        m_json.beginArray();
        for (const Item &item : items)
            (this->*writeItem)(item);
        m_json.endArray();
    }

    JsonTextWriter m_json;
};

} // namespace gatehouse
