#pragma once

#include "RequestDraft.h"

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

class RequestPanel;
struct Project;
struct RequestLogEntry;

// A call from the Request Log made ready to send again from the Request
// panel, whoever sent it (the panel, curl, a real client). The log keeps no
// header, query or body, since they may hold secrets: the method and path
// are the call's, the parameters are the workflow's sample values, and the
// caller becomes the act-as choice only when it is a test user or anonymous.
struct RequestLogDraft
{
    Q_DECLARE_TR_FUNCTIONS(RequestLogDraft)

public:
    enum class ActAs
    {
        Anonymous,
        TestUser, // `testUser`: the engine issues that user a fresh session
        Pasted    // a token or header only its owner has: to be pasted
    };

    RequestDraft draft;
    QString workflow; // the workflow the path names, empty otherwise
    ActAs actAs = ActAs::Anonymous;
    QString testUser; // an e-mail address, never a secret
    QString note;     // what was carried over and what could not be

    static RequestLogDraft fromEntry(const Project &project, const RequestLogEntry &entry);
    // Fills the panel's request half and its act-as choice.
    void applyTo(RequestPanel *panel) const;

private:
    void mapCaller(const Project &project, const QString &principal);
};

} // namespace gatehouse
