#include "expr/DataReferences.h"
#include "expr/DataRemoval.h"
#include "expr/ProjectDiagnosis.h"
#include "expr/ProjectRenamer.h"
#include "model/DemoProject.h"

#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::expr;
using namespace Qt::Literals::StringLiterals;

class TestProjectRenamer : public QObject
{
    Q_OBJECT

private:
    static Project demo() { return DemoProject::build().value(); }
    static const Workflow &workflow(const Project &project, const QString &name)
    {
        return *project.findWorkflow(name);
    }

private slots:
    void typeRenameRewritesEveryExpression()
    {
        const Project after = ProjectRenamer::renameType(demo(), u"Transaction"_s, u"Payment"_s);
        const DataType *payment = after.findDataType(u"Payment"_s);
        QVERIFY(payment);
        QVERIFY(!after.findDataType(u"Transaction"_s));
        QCOMPARE(payment->privacyRules.at(0).condition,
                 u"This Payment's Creator is Current User"_s);
        QCOMPARE(workflow(after, u"tag_my_transactions"_s).actions.at(0).target,
                 u"Search for Payments"_s);
        QCOMPARE(workflow(after, u"admin_cleanup"_s).actions.at(0).target,
                 u"Search for Payments where tagged is yes"_s);
        QCOMPARE(workflow(after, u"admin_cleanup"_s).actions.at(0).dataType, u"Payment"_s);
        QCOMPARE(after.settings.dataApiTypes, QStringList{u"Payment"_s});
        for (const Record &record : after.records)
            QVERIFY(record.type == u"User"_s || record.type == u"Payment"_s);
        QCOMPARE(ProjectDiagnosis::errorCount(ProjectDiagnosis::of(after)), 0);
    }

    void typeRenameLeavesOtherTypesAlone()
    {
        const Project before = demo();
        const Project after = ProjectRenamer::renameType(before, u"Transaction"_s, u"Payment"_s);
        QCOMPARE(after.findDataType(u"User"_s)->privacyRules,
                 before.findDataType(u"User"_s)->privacyRules);
        QCOMPARE(workflow(after, u"public_ping"_s), workflow(before, u"public_ping"_s));
    }

    void referenceFieldsFollowTheType()
    {
        Project before = demo();
        before.dataTypes[before.indexOfDataType(u"User"_s)].fields.append(
            Field{u"favourite"_s, FieldType::reference(u"Transaction"_s)});
        const Project after = ProjectRenamer::renameType(before, u"Transaction"_s, u"Payment"_s);
        QCOMPARE(after.findDataType(u"User"_s)->findField(u"favourite"_s)->type.referencedType,
                 u"Payment"_s);
    }

    void acceptedFindingsFollowTheType()
    {
        Project before = demo();
        const QDateTime when = QDateTime::fromString(u"2026-12-01T10:00:00Z"_s, Qt::ISODate);
        before.acceptedFindings = {
            {u"type-not-private"_s, u"dataTypes/Transaction"_s, u"known"_s, when},
            {u"everyone-else-finds"_s, u"dataTypes/Transaction/everyoneElse"_s, u"known"_s, when},
            {u"rule-always-true"_s, u"dataTypes/Transactions/rules/x"_s, u"another type"_s, when},
            {u"exposed-none"_s, u"workflows/public_ping"_s, u"untouched"_s, when}};
        const Project after = ProjectRenamer::renameType(before, u"Transaction"_s, u"Payment"_s);
        QCOMPARE(after.acceptedFindings.at(0).settingPath, u"dataTypes/Payment"_s);
        QCOMPARE(after.acceptedFindings.at(1).settingPath, u"dataTypes/Payment/everyoneElse"_s);
        QCOMPARE(after.acceptedFindings.at(2).settingPath, u"dataTypes/Transactions/rules/x"_s);
        QCOMPARE(after.acceptedFindings.at(3), before.acceptedFindings.at(3));
    }

    void fieldRenameRewritesOnlyThatTypesField()
    {
        const Project after =
            ProjectRenamer::renameField(demo(), u"Transaction"_s, u"amount"_s, u"total"_s);
        const Workflow &create = workflow(after, u"create_transaction"_s);
        // `amount` in the condition is the workflow's parameter, not the field.
        QCOMPARE(create.condition, u"amount > 0"_s);
        QCOMPARE(create.actions.at(0).assignments.at(2).key, u"total"_s);
        QCOMPARE(create.actions.at(0).assignments.at(2).value, u"amount"_s);
        QCOMPARE(create.actions.at(1).assignments.at(1).value, u"Result of step 1's total"_s);
        QCOMPARE(create.actions.at(1).assignments.at(1).key, u"amount"_s); // a returned key
        QVERIFY(after.findDataType(u"Transaction"_s)->findField(u"total"_s));
        for (const Record &record : after.records) {
            if (record.type == u"Transaction"_s)
                QVERIFY(record.values.contains(u"total"_s) && !record.values.contains(u"amount"_s));
        }
        QCOMPARE(ProjectDiagnosis::errorCount(ProjectDiagnosis::of(after)), 0);
    }

    void fieldRenameReachesConditionsThroughCurrentUser()
    {
        const Project after =
            ProjectRenamer::renameField(demo(), u"User"_s, u"admin"_s, u"is_admin"_s);
        QCOMPARE(after.findDataType(u"Transaction"_s)->privacyRules.at(1).condition,
                 u"Current User's is_admin is yes"_s);
        QCOMPARE(ProjectDiagnosis::errorCount(ProjectDiagnosis::of(after)), 0);
    }

    void fieldRenameRewritesSearchConstraintsAndPermissions()
    {
        Project before = demo();
        DataType &transaction = before.dataTypes[before.indexOfDataType(u"Transaction"_s)];
        transaction.everyoneElse.viewableFields = {u"tagged"_s, u"note"_s};
        const Project after =
            ProjectRenamer::renameField(before, u"Transaction"_s, u"tagged"_s, u"flagged"_s);
        QCOMPARE(workflow(after, u"admin_cleanup"_s).actions.at(0).target,
                 u"Search for Transactions where flagged is yes"_s);
        QCOMPARE(workflow(after, u"tag_my_transactions"_s).actions.at(0).assignments.at(0).key,
                 u"flagged"_s);
        QCOMPARE(after.findDataType(u"Transaction"_s)->everyoneElse.viewableFields,
                 (QStringList{u"flagged"_s, u"note"_s}));
    }

    void anExpressionThatDoesNotParseIsLeftAsWritten()
    {
        Project before = demo();
        before.workflows[0].condition = u"this is (not an expression"_s;
        const Project after = ProjectRenamer::renameType(before, u"Transaction"_s, u"Payment"_s);
        QCOMPARE(after.workflows.at(0).condition, u"this is (not an expression"_s);
    }

    void referencesToATypeSayWhere()
    {
        const QStringList where = DataReferences::toType(demo(), u"Transaction"_s);
        QVERIFY(where.contains(u"workflow admin_cleanup, step 1, target"_s));
        QVERIFY(where.contains(u"workflow admin_cleanup, step 1, data type"_s));
        QVERIFY(where.contains(u"settings, Data API types"_s));
        // The type's own privacy rules go with it.
        QVERIFY(!where.contains(u"data type Transaction, privacy rule owner"_s));
    }

    void referencesToAFieldSayWhere()
    {
        const QStringList where = DataReferences::toField(demo(), u"User"_s, u"admin"_s);
        QCOMPARE(where, QStringList{u"data type Transaction, privacy rule admins"_s});
        QCOMPARE(DataReferences::toField(demo(), u"Transaction"_s, u"phone"_s),
                 QStringList{u"workflow create_transaction, step 1, field phone"_s});
        QVERIFY(DataReferences::toField(demo(), u"User"_s, u"name"_s).isEmpty());
    }

    void removingAFieldTakesItsRulesAndKeysAlong()
    {
        const DataRemoval::Plan plan = DataRemoval::removeField(demo(), u"User"_s, u"admin"_s);
        QVERIFY(plan.blockers.isEmpty());
        QCOMPARE(plan.removed, QStringList{u"data type Transaction, privacy rule admins"_s});
        const DataType *transaction = plan.after.findDataType(u"Transaction"_s);
        QCOMPARE(transaction->privacyRules.size(), 1);
        QVERIFY(!plan.after.findDataType(u"User"_s)->findField(u"admin"_s));
        for (const Record &record : plan.after.records)
            QVERIFY(!record.values.contains(u"admin"_s));
        QCOMPARE(ProjectDiagnosis::errorCount(ProjectDiagnosis::of(plan.after)), 0);

        const auto phone = DataRemoval::removeField(demo(), u"Transaction"_s, u"phone"_s);
        QVERIFY(phone.blockers.isEmpty());
        QCOMPARE(plan.after.findWorkflow(u"create_transaction"_s)->actions.at(0).assignments.size(),
                 3);
        QCOMPARE(
            phone.after.findWorkflow(u"create_transaction"_s)->actions.at(0).assignments.size(), 2);
    }

    void removingWhatWorkflowsUseIsBlocked()
    {
        const auto tagged = DataRemoval::removeField(demo(), u"Transaction"_s, u"tagged"_s);
        QVERIFY(tagged.blockers.contains(u"workflow admin_cleanup, step 1, target"_s));
        const auto type = DataRemoval::removeType(demo(), u"Transaction"_s);
        QVERIFY(type.blockers.contains(u"workflow admin_cleanup, step 1, data type"_s));
        QVERIFY(type.removed.contains(u"settings, Data API types"_s));
    }

    void removingAnUnusedTypeTakesItsRecordsAndScopes()
    {
        Project before = demo();
        DataType note;
        note.name = u"Note"_s;
        before.dataTypes.append(note);
        before.settings.dataApiTypes.append(u"Note"_s);
        const auto plan = DataRemoval::removeType(before, u"Note"_s);
        QVERIFY(plan.blockers.isEmpty());
        QVERIFY(!plan.after.findDataType(u"Note"_s));
        QCOMPARE(plan.after.settings.dataApiTypes, QStringList{u"Transaction"_s});
    }
};

QTEST_GUILESS_MAIN(TestProjectRenamer)
#include "tst_projectrenamer.moc"
