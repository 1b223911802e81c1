#include "AuditFixtures.h"
#include "MatrixFixtures.h"

#include "audit/AccessMatrix.h"
#include "audit/MatrixCsvExport.h"
#include "audit/MatrixHtmlExport.h"
#include "audit/MatrixRoles.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::audit;
using namespace gatehouse::test;

namespace {

// Staff see every Thing; the rest see only their own. The User type has a
// text role, a yes/no is_admin and a number level, each named by a
// condition somewhere; one test user is a guest.
Project roleProject()
{
    Project p = cleanProject();
    p.settings.dataApiEnabled = true;
    p.settings.dataApiTypes = {u"Thing"_s};
    typeOf(p, DataType::userTypeName()).fields << Field{u"role"_s, FieldType::text()}
                                               << Field{u"is_admin"_s, FieldType::yesNo()}
                                               << Field{u"level"_s, FieldType::number()};
    DataType thing;
    thing.name = u"Thing"_s;
    thing.fields << Field{u"note"_s, FieldType::text()};
    thing.everyoneElse = PrivacyPermissions::nothing();
    PrivacyPermissions see;
    see.findInSearches = see.viewAllFields = true;
    thing.privacyRules << PrivacyRule{u"staff"_s, u"Current User's role is \"admin\""_s, see}
                       << PrivacyRule{u"own"_s, u"This Thing's Creator is Current User"_s, see};
    p.dataTypes << thing;
    Workflow wipe = flow(u"wipe"_s, AuthMode::UserAndAdmin,
                         {step(ActionKind::DeleteList, {}, u"Thing"_s, u"Search for Things"_s,
                               u"3 is Current User's level"_s)});
    wipe.condition = u"Current User's is_admin"_s;
    wipe.exposed = true;
    p.workflows << wipe;
    p.records << record(u"g1"_s, DataType::userTypeName(),
                        {{u"email"_s, u"guest@example.com"_s}, {u"role"_s, u"guest"_s}})
              << record(u"t1"_s, u"Thing"_s, {{u"note"_s, u"one"_s}}, u"u1"_s);
    return p;
}

QStringList names(const QList<MatrixRole> &roles)
{
    QStringList out;
    for (const MatrixRole &role : roles)
        out << role.name();
    return out;
}

} // namespace

// Issue 15, item 2: "each role a condition names" is a row of the matrix,
// asked as a synthetic user who has that value.
class tst_MatrixRoles : public QObject
{
    Q_OBJECT

private slots:
    void theDemoNamesTheAdminRole()
    {
        const MatrixDemo demo = MatrixDemo::build();
        QCOMPARE(names(MatrixRoles::of(demo.project)), QStringList{u"admin = yes"_s});
        const AccessMatrix matrix = AccessMatrix::compute(demo.project, matrixNow());
        const int row = matrix.rowOf(u"role: admin = yes"_s);
        QVERIFY(row >= 0);
        // The admins rule holds for the role on every transaction; for
        // alice only her own are found.
        const int list = matrix.columnOf(u"list on Transaction"_s);
        QCOMPARE(matrix.cell(row, list).verdictWord(), u"allowed"_s);
        QCOMPARE(matrix.cell(row, list).decidedBy, u"rule `admins`"_s);
        const int alice = matrix.rowOf(u"user alice@example.com"_s);
        QCOMPARE(matrix.cell(alice, list).verdictWord(), u"conditional"_s);
        QCOMPARE(matrix.cell(alice, list).decidedBy, u"`owner`"_s);
        // admins grants no delete: the role deletes what it created, like anyone.
        const int remove = matrix.columnOf(u"delete on Transaction"_s);
        QCOMPARE(matrix.cell(row, remove).verdictWord(), u"conditional"_s);
    }

    void everyKindOfRoleIsFound()
    {
        const QList<MatrixRole> roles = MatrixRoles::of(roleProject());
        // Privacy rules first, then each workflow's condition and steps.
        QCOMPARE(names(roles),
                 (QStringList{u"role = \"admin\""_s, u"is_admin = yes"_s, u"level = 3"_s}));
        QCOMPARE(roles.at(0).value, QJsonValue(u"admin"_s));
        QCOMPARE(roles.at(1).value, QJsonValue(true));
        QCOMPARE(roles.at(2).value, QJsonValue(3.0));
        const Record user = MatrixRoles::userOf(roles.at(0), 0);
        QCOMPARE(user.id, u"matrix-role-1"_s);
        QCOMPARE(user.type, DataType::userTypeName());
        QCOMPARE(user.values,
                 (QJsonObject{{u"email"_s, u"role-1@matrix.invalid"_s}, {u"role"_s, u"admin"_s}}));
    }

    // Read from the checked tree: a role spelled inside a text, compared
    // with something that is not a constant, on another type, or in a
    // condition the checker refuses names nothing.
    void onlyWhatTheLanguageMeansIsARole_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::newRow("inside a text") << u"This Thing's note is \"Current User's role is x\""_s;
        QTest::newRow("not a constant") << u"Current User's role is This Thing's note"_s;
        QTest::newRow("a field of This") << u"This Thing's note is \"admin\""_s;
        QTest::newRow("an unknown field") << u"Current User's rank is \"admin\""_s;
        QTest::newRow("a type error") << u"Current User's role is 3"_s;
        QTest::newRow("a syntax error") << u"Current User's role is is \"admin\""_s;
        QTest::newRow("greater is no role") << u"Current User's level > 3"_s;
        QTest::newRow("a text field alone") << u"Current User's role is not empty"_s;
    }

    void onlyWhatTheLanguageMeansIsARole()
    {
        QFETCH(QString, condition);
        Project p = cleanProject();
        typeOf(p, DataType::userTypeName()).fields << Field{u"role"_s, FieldType::text()}
                                                   << Field{u"level"_s, FieldType::number()};
        typeOf(p, u"Note"_s).fields << Field{u"note"_s, FieldType::text()};
        typeOf(p, u"Note"_s).privacyRules.first().condition =
            condition.replace(u"Thing"_s, u"Note"_s);
        QCOMPARE(names(MatrixRoles::of(p)), QStringList{});
    }

    // Where the condition decides, the role's row differs from a plain
    // user's; where it does not, the rows agree.
    void theRoleRowDiffersWhereTheConditionDecides()
    {
        const AccessMatrix matrix = AccessMatrix::compute(roleProject(), auditNow());
        const int staff = matrix.rowOf(u"role: role = \"admin\""_s);
        const int guest = matrix.rowOf(u"user guest@example.com"_s);
        QVERIFY(staff >= 0);
        QVERIFY(guest >= 0);
        const int list = matrix.columnOf(u"list on Thing"_s);
        QCOMPARE(matrix.cell(staff, list).verdictWord(), u"allowed"_s);
        QVERIFY2(matrix.cell(staff, list).reason.contains(u"rule `staff` holds"_s),
                 qPrintable(matrix.cell(staff, list).reason));
        QCOMPARE(matrix.cell(guest, list).verdictWord(), u"conditional"_s);
        QCOMPARE(matrix.cell(guest, list).decidedBy, u"`own`"_s);
        // Neither rule grants delete: refused for both, by the type.
        const int remove = matrix.columnOf(u"delete on Thing"_s);
        QCOMPARE(matrix.cell(staff, remove).verdictWord(), u"refused"_s);
        QCOMPARE(matrix.cell(guest, remove).verdictWord(), u"refused"_s);
        // A workflow's gates do not read its condition: the same for both.
        const int wipe = matrix.columnOf(u"wipe"_s);
        QCOMPARE(matrix.cell(staff, wipe).verdictWord(), matrix.cell(guest, wipe).verdictWord());
    }

    void theExportsCarryTheRoleRows()
    {
        const AccessMatrix matrix = AccessMatrix::compute(roleProject(), auditNow());
        const QString csv = QString::fromUtf8(MatrixCsvExport::write(matrix));
        QVERIFY(csv.contains(u"\"role = \"\"admin\"\"\",role,data type,Thing,list,allowed"_s));
        QVERIFY(csv.contains(u"\nlevel = 3,role,"_s));
        const QString html = QString::fromUtf8(MatrixHtmlExport::write(matrix));
        QVERIFY(html.contains(u"<tr><th>role: role = &quot;admin&quot;</th>"_s));
        QVERIFY(html.contains(u"<tr><th>role: is_admin = yes</th>"_s));
    }
};

QTEST_GUILESS_MAIN(tst_MatrixRoles)
#include "tst_matrixroles.moc"
