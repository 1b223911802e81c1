#include "DemoConditions.h"

#include "engine/PrivacyGate.h"

#include "model/DemoProject.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
Principal user(const QString &id)
{
    Principal p;
    p.kind = Principal::Kind::User;
    p.userId = id;
    return p;
}
} // namespace

class tst_PrivacyGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto demo = DemoProject::build();
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void access_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("recordOwner");
        QTest::addColumn<bool>("find");
        QTest::addColumn<bool>("modifyViaApi");
        QTest::addColumn<QString>("decidedBy");
        const QString alice = DemoProject::aliceId();
        const QString bob = DemoProject::bobId();
        const QString root = DemoProject::rootId();
        QTest::newRow("owner finds own") << alice << alice << true << true << u"rule `owner`"_s;
        QTest::newRow("other user finds nothing")
            << bob << alice << false << false << u"everyone else"_s;
        QTest::newRow("anonymous finds nothing")
            << QString() << alice << false << false << u"everyone else"_s;
        QTest::newRow("admin user finds all")
            << root << alice << true << false << u"rule `admins`"_s;
        QTest::newRow("admin user's own is both")
            << root << root << true << true << u"rules `owner`, `admins`"_s;
    }

    void access()
    {
        QFETCH(QString, who);
        QFETCH(QString, recordOwner);
        QFETCH(bool, find);
        QFETCH(bool, modifyViaApi);
        QFETCH(QString, decidedBy);
        Record transaction;
        transaction.id = u"t1"_s;
        transaction.type = u"Transaction"_s;
        transaction.createdBy = recordOwner;
        const DemoConditions conditions(m_demo.records);
        const PrivacyGate gate(m_demo, conditions);
        const RecordAccess access =
            gate.accessTo(transaction, who.isEmpty() ? Principal::anonymous() : user(who));
        QCOMPARE(access.canFind(), find);
        QCOMPARE(access.permissions.modifyViaApi, modifyViaApi);
        QCOMPARE(access.describe(), decidedBy);
    }

    void adminTokenAndIgnoreFlagBypass()
    {
        const DemoConditions conditions(m_demo.records);
        const PrivacyGate gate(m_demo, conditions);
        const Record &aliceTx = m_demo.records.at(3);
        Principal admin;
        admin.kind = Principal::Kind::Admin;
        QVERIFY(gate.accessTo(aliceTx, admin).bypassed);
        QVERIFY(gate.accessTo(aliceTx, Principal::anonymous(), PrivacyMode::IgnoredByWorkflow)
                    .canFind());
        QVERIFY(!gate.accessTo(aliceTx, Principal::anonymous(), PrivacyMode::Applied).canFind());
    }

    void anErringRuleGrantsNothing()
    {
        Project project = m_demo;
        DataType &tx = project.dataTypes[project.indexOfDataType(u"Transaction"_s)];
        PrivacyPermissions everything = PrivacyPermissions::everything();
        tx.privacyRules = {PrivacyRule{u"broken"_s, u"???"_s, everything}};
        const DemoConditions conditions(project.records);
        const PrivacyGate gate(project, conditions);
        // The stand-in says "holds" together with an error: the gate must
        // fail closed, record the error and fall back to everyone else.
        const RecordAccess access = gate.accessTo(project.records.at(3), Principal::anonymous());
        QCOMPARE(access.errors.size(), 1);
        QVERIFY(access.errors.first().contains(u"rule `broken`: cannot decide"_s));
        QVERIFY(!access.canFind());
        QVERIFY(access.matchedRules.isEmpty());
        QCOMPARE(access.describe(), u"everyone else"_s);
    }

    void hiddenFieldsAreLeftOut()
    {
        Project project = m_demo;
        DataType &tx = project.dataTypes[project.indexOfDataType(u"Transaction"_s)];
        tx.everyoneElse.findInSearches = true;
        tx.everyoneElse.viewableFields = {u"amount"_s};
        const DemoConditions conditions(project.records);
        const PrivacyGate gate(project, conditions);
        const Record &record = project.records.at(3);
        const RecordAccess access = gate.accessTo(record, Principal::anonymous());
        const QJsonObject thing = gate.visibleThing(record, access);
        QCOMPARE(thing.value(u"amount"_s).toDouble(), 10.0);
        QVERIFY(!thing.contains(u"phone"_s));
        QVERIFY(!thing.contains(u"account"_s));
        QCOMPARE(thing.value(u"_id"_s).toString(), record.id);
        QVERIFY(thing.value(u"Created Date"_s).toString().endsWith(u'Z'));
    }

private:
    Project m_demo;
};

QTEST_GUILESS_MAIN(tst_PrivacyGate)
#include "tst_privacygate.moc"
