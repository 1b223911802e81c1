#include "engine/DataApiTypeIndex.h"
#include "engine/Reachability.h"
#include "model/DemoProject.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

namespace {
// Built once: the demo hashes its users' passwords.
const Project &demo()
{
    static const Project built = DemoProject::build().value();
    return built;
}

// What Reachability::dataApiType answered before its index: every type
// scanned, the last exposed one of that API name found.
const DataType *scanned(const Project &project, const QString &apiName)
{
    const DataType *found = nullptr;
    for (const DataType &candidate : project.dataTypes) {
        if (candidate.apiName() == apiName &&
            Reachability::dataTypeReachable(project.settings, candidate))
            found = &candidate;
    }
    return found;
}

DataType typeNamed(const QString &name)
{
    DataType type;
    type.name = name;
    return type;
}

// Types whose API names clash ("Order Item" and "orderitem"), a name twice,
// types left out of the Data API and a name exposed that no type has.
Project clashing(QRandomGenerator &random)
{
    Project project = demo();
    const QStringList names{u"Order Item"_s, u"orderitem"_s, u"ORDER ITEM"_s, u"Note"_s,
                            u"Note"_s,       u"Big Thing"_s, u"bigthing"_s,   u"Zed"_s};
    for (const QString &name : names) {
        if (random.bounded(4) != 0)
            project.dataTypes << typeNamed(name);
        if (random.bounded(2) == 0)
            project.settings.dataApiTypes << name;
    }
    if (random.bounded(3) == 0)
        project.settings.dataApiTypes << u"Ghost"_s;
    project.settings.dataApiEnabled = random.bounded(6) != 0;
    return project;
}

QStringList askedNames(const Project &project)
{
    QStringList names{u""_s, u"ghost"_s, u"Order Item"_s, u"order item"_s, u"ORDERITEM"_s};
    for (const DataType &type : project.dataTypes)
        names << type.apiName() << type.name;
    return names;
}

// The first name whose answer differs from the scan's, or empty.
QString firstDifference(const Project &project)
{
    for (const QString &name : askedNames(project)) {
        if (Reachability::dataApiType(project, name) != scanned(project, name))
            return name;
    }
    return {};
}
} // namespace

// Issue 17, item 4: the Data API finds a type by an index of the project's
// exposed types, built once for a project (and its copies), answering as the
// scan of every type did: the same type (the very one of the project asked)
// and the same refusals.
class tst_DataApiTypeIndex : public QObject
{
    Q_OBJECT

private slots:
    void answersAsTheScanDid()
    {
        QRandomGenerator random(17);
        for (int i = 0; i < 200; ++i) {
            const Project project = i == 0 ? demo() : clashing(random);
            const QString name = firstDifference(project);
            QVERIFY2(name.isEmpty(),
                     qPrintable(u"differs for `%1` in round %2"_s.arg(name).arg(i)));
        }
    }

    void theLastExposedTypeOfTheNameIsFound()
    {
        Project project = demo();
        project.settings.dataApiEnabled = true;
        project.dataTypes << typeNamed(u"Order Item"_s) << typeNamed(u"orderitem"_s)
                          << typeNamed(u"ORDER ITEM"_s);
        project.settings.dataApiTypes << u"Order Item"_s << u"orderitem"_s;
        const qsizetype last = project.dataTypes.size() - 1;
        QCOMPARE(Reachability::dataApiType(project, u"orderitem"_s),
                 &project.dataTypes.at(last - 1));
        project.settings.dataApiEnabled = false;
        QCOMPARE(Reachability::dataApiType(project, u"orderitem"_s), nullptr);
    }

    void builtOnceForAProjectAndItsCopies()
    {
        const Project project = demo();
        const auto index = DataApiTypeIndex::of(project);
        QCOMPARE(DataApiTypeIndex::of(project).get(), index.get());
        const Project copy = project; // shares the lists: the same index
        QCOMPARE(DataApiTypeIndex::of(copy).get(), index.get());
        QVERIFY(index->describes(copy));
    }

    // A changed copy is another project: its own index, its own answers, and
    // the original's are untouched.
    void aChangedCopyHasItsOwnIndex()
    {
        const Project project = demo();
        const QString api = project.findDataType(u"Transaction"_s)->apiName();
        QVERIFY(Reachability::dataApiType(project, api));
        Project unexposed = project;
        unexposed.settings.dataApiTypes.clear();
        QCOMPARE(Reachability::dataApiType(unexposed, api), nullptr);
        Project renamed = project;
        renamed.dataTypes[renamed.indexOfDataType(u"Transaction"_s)].name = u"Payment"_s;
        renamed.settings.dataApiTypes = {u"Payment"_s};
        QVERIFY(!DataApiTypeIndex::of(renamed)->describes(project));
        QCOMPARE(Reachability::dataApiType(renamed, api), nullptr);
        QCOMPARE(Reachability::dataApiType(renamed, u"payment"_s),
                 renamed.findDataType(u"Payment"_s));
        QCOMPARE(Reachability::dataApiType(project, api), project.findDataType(u"Transaction"_s));
    }

    // More projects than the indexes kept, asked from several threads at
    // once: every answer the scan's.
    void concurrentUseOfManyProjects()
    {
        QRandomGenerator random(4);
        QList<Project> projects;
        for (int i = 0; i < DataApiTypeIndex::kKept * 2; ++i)
            projects << clashing(random);
        std::atomic<int> wrong = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 40; ++round) {
                    const Project &project = projects.at((round * (t + 3)) % projects.size());
                    if (!firstDifference(project).isEmpty())
                        ++wrong;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DataApiTypeIndex)
#include "tst_dataapitypeindex.moc"
