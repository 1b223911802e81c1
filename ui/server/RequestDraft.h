#pragma once

#include "model/RequestHistoryEntry.h"
#include "model/SavedRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace gatehouse {

struct Project;

// What the Request panel prefills for a target: the method, the path and
// the parameters, as the workflow's definition (or the Data API) reads them.
struct RequestDraft
{
    QByteArray method = "POST";
    QString path;
    QJsonObject body;                         // the workflow reads a JSON body
    QList<std::pair<QString, QString>> query; // the workflow reads the querystring
    bool usesQuery = false;
    // A body as it was typed or pasted (a cURL command, a form), shown as is
    // instead of `body` when set; and free headers, never a credential.
    QString bodyText;
    QList<std::pair<QString, QString>> headers;

    // Each parameter given a sample value of its type; empty path when
    // there is no such workflow.
    static RequestDraft forWorkflow(const Project &project, const QString &workflow);
    static RequestDraft forData(const Project &project, const QString &type,
                                SavedRequest::Operation operation);
    // The panel's fields as typed: "key=value&..." and "Name: value" lines.
    static RequestDraft fromFields(const QByteArray &method, const QString &path,
                                   const QString &queryText, const QString &bodyText,
                                   const QString &headersText);
    // What a history entry sent, to send again.
    static RequestDraft fromHistory(const RequestHistoryEntry &entry);
    // "key=value&..." as the panel's query field shows it.
    QString queryText() const;
    // The body as the panel shows it: `bodyText`, or `body` indented.
    QString bodyShown() const;
    // "Name: value" a line, as the panel's headers field shows them.
    QString headersText() const;
};

} // namespace gatehouse
