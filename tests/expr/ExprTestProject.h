#pragma once

#include "expr/CheckContext.h"

#include "model/DemoProject.h"

// The demo project plus a type and a workflow that use every kind of value,
// and contexts named by short strings so test tables stay readable.
namespace exprtest {

using namespace gatehouse;
using namespace Qt::Literals::StringLiterals;

inline Project makeProject()
{
    Project project = DemoProject::build().value();
    DataType order;
    order.name = u"Order"_s;
    FieldType transactions = FieldType::reference(u"Transaction"_s);
    transactions.isList = true;
    FieldType tags = FieldType::text();
    tags.isList = true;
    order.fields = {Field{u"items"_s, transactions},
                    Field{u"due"_s, FieldType::date()},
                    Field{u"paid"_s, FieldType::yesNo()},
                    Field{u"owner"_s, FieldType::reference(u"User"_s)},
                    Field{u"tags"_s, tags},
                    Field{u"receipt"_s, FieldType::file()},
                    Field{u"total"_s, FieldType::number()}};
    project.dataTypes.append(order);

    Workflow w;
    w.name = u"test_wf"_s;
    FieldType ids = FieldType::text();
    ids.isList = true;
    w.parameters = {Parameter{u"amount"_s, FieldType::number(), false},
                    Parameter{u"note"_s, FieldType::text(), true},
                    Parameter{u"when"_s, FieldType::date(), true},
                    Parameter{u"order"_s, FieldType::reference(u"Order"_s), true},
                    Parameter{u"ids"_s, ids, true}};
    Action email;
    email.kind = ActionKind::SendEmail;
    Action create;
    create.kind = ActionKind::CreateThing;
    create.dataType = u"Order"_s;
    Action changeList;
    changeList.kind = ActionKind::MakeChangesToList;
    changeList.dataType = u"Transaction"_s;
    changeList.target = u"Search for Transactions"_s;
    Action answer;
    answer.kind = ActionKind::ReturnData;
    w.actions = {email, create, changeList, answer};
    project.workflows.append(w);

    Record orphan; // a transaction nobody created: Bubble's empty-is-empty pitfall
    orphan.id = u"orphan"_s;
    orphan.type = u"Transaction"_s;
    orphan.createdDate = orphan.modifiedDate = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
    orphan.values = {{u"amount"_s, 1}, {u"tagged"_s, false}};
    project.records.append(orphan);
    return project;
}

// "rule Transaction", "condition create_transaction",
// "step create_transaction 2" (its condition), "value test_wf 3 note",
// "target admin_cleanup 1".
inline expr::CheckContext makeContext(const Project &project, const QString &spec)
{
    const QStringList parts = spec.split(u' ');
    if (parts.at(0) == u"rule"_s)
        return expr::CheckContext::privacyRule(parts.at(1));
    const Workflow *workflow = project.findWorkflow(parts.at(1));
    Q_ASSERT(workflow);
    if (parts.at(0) == u"condition"_s)
        return expr::CheckContext::workflowCondition(*workflow);
    const int step = parts.at(2).toInt() - 1;
    if (parts.at(0) == u"step"_s)
        return expr::CheckContext::actionCondition(*workflow, step);
    if (parts.at(0) == u"target"_s)
        return expr::CheckContext::target(*workflow, step);
    return expr::CheckContext::assignment(project, *workflow, step, parts.at(3));
}

} // namespace exprtest
