#include "PrivacyPreview.h"

#include "AccessQuestion.h"
#include "ExprRuleConditions.h"
#include "OperationTable.h"
#include "PrivacyGate.h"
#include "PrivacyMode.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

PrivacyPreview::PrivacyPreview(const Project &project, const DataStore &store, const Clock &clock)
    : m_project(project), m_store(store), m_clock(clock)
{
}

Result<QList<RecordPreview>> PrivacyPreview::of(const QString &typeName, const Principal &principal,
                                                const Context &context) const
{
    const DataType *type = m_project.findDataType(typeName);
    if (!type)
        return Error{u"no data type is named `%1`"_s.arg(typeName), ErrorCode::NotFound};
    if (!context.workflow.isEmpty() && !m_project.findWorkflow(context.workflow))
        return Error{u"no workflow is named `%1`"_s.arg(context.workflow), ErrorCode::NotFound};
    const Result<QList<Record>> records = m_store.recordsOfType(typeName);
    if (!records)
        return records.error(); // never "no records" for "could not read them"
    QList<RecordPreview> out;
    for (const Record &record : records.value())
        out.append(decide(*type, record, principal, context));
    return out;
}

RecordPreview PrivacyPreview::decide(const DataType &type, const Record &record,
                                     const Principal &principal, const Context &context) const
{
    RecordPreview preview;
    preview.recordId = record.id;
    const ExprRuleConditions conditions(m_project, m_store, m_clock);
    const PrivacyGate privacy(m_project, conditions);
    RecordAccess access;
    if (context.workflow.isEmpty()) {
        // The Data API's list, gates first, as AccessQuestion asks it.
        const AccessAnswer answer =
            AccessQuestion(m_project, m_store, m_clock)
                .dataOperation(type.name, DataApiGate::Operation::List, principal, record.id);
        access = privacy.accessTo(record, principal);
        preview.found = answer.allowed();
        preview.reason = answer.reason;
        preview.decidedBy = answer.decidedBy;
    } else {
        const Workflow &workflow = *m_project.findWorkflow(context.workflow);
        const PrivacyMode mode = PrivacyModes::forRun(m_project.settings, workflow, principal);
        access = privacy.accessTo(record, principal, mode);
        preview.found = access.canFind();
        preview.reason = u"in `%1`, %2: %3 %4 a search find it"_s.arg(
            workflow.name, PrivacyModes::describe(mode), access.describe(),
            preview.found ? u"lets"_s : u"does not let"_s);
    }
    // The rules decided unless a gate refused what they would have let through.
    const bool rulesDecided =
        !context.workflow.isEmpty() || preview.found ||
        !OperationTable::rulesAllow(access.permissions, DataApiGate::Operation::List);
    if (rulesDecided || preview.decidedBy.isEmpty())
        preview.decidedBy = access.describe();
    if (!access.errors.isEmpty())
        preview.reason += u" (%1)"_s.arg(access.errors.join(u"; "_s));
    // The Data API shows nothing of a record it does not find; a workflow
    // may still reach one through a reference and read what it may view.
    const bool reachable = preview.found || !context.workflow.isEmpty();
    for (const Field &field : type.fields) {
        const bool shown = reachable && PrivacyGate::shows(field, access);
        (shown ? preview.shownFields : preview.hiddenFields).append(field.name);
    }
    return preview;
}

} // namespace gatehouse
