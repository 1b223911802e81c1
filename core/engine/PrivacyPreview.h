#pragma once

#include "Clock.h"
#include "DataStore.h"
#include "Principal.h"

#include "model/Project.h"

namespace gatehouse {

// One record as a principal would meet it: whether it is found, which
// fields are shown, and what decided, in words.
struct RecordPreview
{
    QString recordId;
    bool found = false;
    QStringList shownFields;  // the type's own fields, in its order
    QStringList hiddenFields; // the rest of them
    QString decidedBy;        // "rule `owner`", "everyone else", "admin bypass", a gate
    QString reason;           // a sentence
};

// "Preview as" for the privacy rule editor: a type's records as one
// principal meets them through the Data API's list, or through a search in
// a workflow, decided by the engine's own gates and privacy rules over the
// given data. The Data API's gate (API off, type not exposed, a token's
// scopes) refuses every record at once; otherwise each record is decided
// by PrivacyGate in the context's privacy mode.
class PrivacyPreview
{
public:
    struct Context
    {
        QString workflow; // empty: the Data API
    };

    PrivacyPreview(const Project &project, const DataStore &store, const Clock &clock);

    Result<QList<RecordPreview>> of(const QString &typeName, const Principal &principal,
                                    const Context &context) const;

private:
    RecordPreview decide(const DataType &type, const Record &record, const Principal &principal,
                         const Context &context) const;

    const Project &m_project;
    const DataStore &m_store;
    const Clock &m_clock;
};

} // namespace gatehouse
