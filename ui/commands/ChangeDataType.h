#pragma once

#include "CommandIds.h"
#include "DocumentCommand.h"

#include <optional>

namespace gatehouse {

// Replaces one data type by an edited copy: a field added, retyped or
// removed, a privacy rule changed. Only that type's signal goes out. Built
// with a merge id and a field key, a run of typing in one field (a rule's
// condition) joins into one undo step.
class ChangeDataType : public DocumentCommand
{
public:
    ChangeDataType(ProjectDocument *document, int index, DataType after, const QString &text);
    ChangeDataType(ProjectDocument *document, int index, DataType after, const QString &text,
                   CommandId mergeId, const QString &fieldKey);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<> apply() override;
    Result<> revert() override;

private:
    int m_index;
    DataType m_before;
    DataType m_after;
    std::optional<CommandId> m_mergeId;
    QString m_fieldKey;
};

} // namespace gatehouse
